import { describe, expect, it } from 'vitest'
import { KNOWN_LANGS, LANGS, langFromAcceptLanguage, messages, renderText, translate } from './index'

describe('plural forms', () => {
  it('says 1 visitor and 2 visitors in English, and never inflects Japanese', () => {
    expect(translate('en', 'outreach.sessions.visitors', { count: 1 })).toBe('1 visitor')
    expect(translate('en', 'outreach.sessions.visitors', { count: 0 })).toBe('0 visitors')
    expect(translate('en', 'outreach.sessions.visitors', { count: 2 })).toBe('2 visitors')
    expect(translate('ja', 'outreach.sessions.visitors', { count: 1 })).toBe('来場者 1人')
  })

  it('gives every short-form message exactly two forms, and none in Japanese', () => {
    for (const [key, message] of Object.entries(messages)) {
      if (typeof message.ja === 'string') expect(message.ja, key).not.toContain('|')
      if (typeof message.en !== 'string') continue
      expect(message.en.split('|').length, key).toBeLessThanOrEqual(2)
      if (message.en.includes('|')) expect(message.en, key).toContain('{count}')
    }
  })

  it("chooses among a language's own categories (Intl.PluralRules), falling back to other", () => {
    // Portuguese puts 0 with 1 where English does not: follow the language's rules, not English's.
    const text = { one: '{count} pessoa', other: '{count} pessoas' }
    const rules = new Intl.PluralRules('pt')
    for (const count of [0, 1, 2, 5]) {
      const expected = rules.select(count) === 'one' ? `${count} pessoa` : `${count} pessoas`
      expect(renderText('pt', text, { count })).toBe(expected)
    }
    // Korean and Vietnamese have only `other`.
    expect(renderText('ko', { other: '{count}명' }, { count: 1 })).toBe('1명')
    expect(renderText('vi', { one: 'x', other: '{count} người' }, { count: 1 })).toBe('1 người')
  })
})

describe('languages', () => {
  it('has every enabled language complete in every message (also a type error)', () => {
    for (const [key, message] of Object.entries(messages)) {
      for (const lang of LANGS) expect(message[lang], `${key} ${lang}`).toBeDefined()
    }
  })

  it('falls back to Japanese, the source, for a known language not yet translated', () => {
    expect(KNOWN_LANGS).toContain('zh-Hans')
    expect(translate('zh-Hans', 'outreach.sessions.visitors', { count: 3 })).toBe('来場者 3人')
    expect(translate('ja-x-easy', 'app.name')).toBe(translate('ja', 'app.name'))
  })

  it('picks an enabled language from Accept-Language, Japanese otherwise', () => {
    expect(langFromAcceptLanguage('en-US,en;q=0.9,ja;q=0.8')).toBe('en')
    expect(langFromAcceptLanguage('ja-JP,en;q=0.5')).toBe('ja')
    expect(langFromAcceptLanguage('ko-KR,ko;q=0.9')).toBe('ja')
    expect(langFromAcceptLanguage('')).toBe('ja')
  })
})
