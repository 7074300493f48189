import { describe, expect, it } from 'vitest'
import { messages, translate } from './index'

describe('plural forms', () => {
  it('says 1 visitor and 2 visitors in English, and never inflects Japanese', () => {
    expect(translate('en', 'outreach.sessions.visitors', { count: 1 })).toBe('1 visitor')
    expect(translate('en', 'outreach.sessions.visitors', { count: 0 })).toBe('0 visitors')
    expect(translate('en', 'outreach.sessions.visitors', { count: 2 })).toBe('2 visitors')
    expect(translate('ja', 'outreach.sessions.visitors', { count: 1 })).toBe('来場者 1人')
  })

  it('gives every message with two forms exactly two, and none in Japanese', () => {
    for (const [key, message] of Object.entries(messages)) {
      expect(message.ja, key).not.toContain('|')
      expect(message.en.split('|').length, key).toBeLessThanOrEqual(2)
      if (message.en.includes('|')) expect(message.en, key).toContain('{count}')
    }
  })
})
