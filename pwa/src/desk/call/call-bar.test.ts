import { describe, expect, it } from 'vitest'
import { shownRef } from './CallBar'

describe('what the call bar shows of each link', () => {
  it('groups references and 申請書IDs as every other desk screen does', () => {
    expect(shownRef('booking', 'C67LPG8')).toBe('C67-LPG-8')
    expect(shownRef('status', '12345678901234567890123')).toBe('1234 5678 9012 3456 7890 123')
    expect(shownRef('faq', 'faq-12')).toBe('faq-12')
    expect(shownRef('booking', undefined)).toBe('')
  })
})
