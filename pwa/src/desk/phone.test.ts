import { describe, expect, it } from 'vitest'
import { phoneLabel } from './phone'

describe('phoneLabel', () => {
  it('groups mobile, Eniwa, Tokyo and toll-free numbers as they are read in Japan', () => {
    expect(phoneLabel('09012345678')).toBe('090-1234-5678')
    expect(phoneLabel('0123341234')).toBe('0123-34-1234')
    expect(phoneLabel('0312345678')).toBe('03-1234-5678')
    expect(phoneLabel('0120123456')).toBe('0120-123-456')
  })

  it('shows a number it does not know as stored', () => {
    expect(phoneLabel('123')).toBe('123')
    expect(phoneLabel('')).toBe('')
  })
})
