import { describe, expect, it } from 'vitest'
import { tokyoDate } from '../calendar/tokyo'
import { BirthDate, PlausibleInstant } from './formats'
import { safeText, textProblem } from './safe-text'

// #11.8: input hygiene. Every field's schema is checked against these in
// sync-server/src/http/no-number.test.ts; here the rules themselves.
describe('textProblem', () => {
  it.each([
    ['NUL', 'a\u0000b'],
    ['a lone high surrogate', 'a\ud83db'],
    ['a lone low surrogate', 'a\ude00b'],
    ['a right-to-left override', 'abc\u202edef'],
    ['a left-to-right isolate', 'abc\u2066def'],
    ['a combining mark with nothing before it', '\u0301abc'],
    ['a combining mark at the start of a line', 'abc\n\u0301def'],
    ['a combining mark after a space', 'abc \u0301def'],
    ['a combining mark after a full-width space', '出張\u3000\u3099花子'],
    ['a combining mark after a tab', 'abc\t\u20dddef'],
    ['DEL', 'a\u007fb'],
    ['a C1 control', 'a\u0085b'],
    ['a line separator', 'a\u2028b'],
  ])('refuses %s', (_, text) => {
    expect(textProblem(text, { multiline: true })).toBe('invalid_characters')
  })

  it.each([
    ['a surrogate pair (emoji)', '受付 😀'],
    ['a combining mark on a letter', 'cafe\u0301'],
    ['kana with a combining voiced mark', 'カ\u3099'],
    ['Japanese with full-width spaces', '出張　花子'],
    ['stacked marks on a letter (Vietnamese)', 'Nguye\u0302\u0303n Va\u0306n'],
    ['an emoji with its variation selector after a space', 'OK \u2764\ufe0f'],
  ])('accepts %s', (_, text) => {
    expect(textProblem(text)).toBeNull()
  })

  it('keeps tab and line breaks only in multi-line text', () => {
    expect(textProblem('a\tb\nc', { multiline: true })).toBeNull()
    expect(textProblem('a\nb')).toBe('invalid_characters')
  })

  it('reports the problem as the field message', () => {
    const result = safeText({ max: 20 }).safeParse('a\u202eb')
    expect(result.error?.issues[0]?.message).toBe('invalid_characters')
  })
})

describe('dates bounded to plausible ranges', () => {
  it.each(['2099-01-01', '0000-01-01', '1899-12-31'])('refuses the birth date %s', (date) => {
    expect(BirthDate.safeParse(date).error?.issues[0]?.message).toBe('date_out_of_range')
  })

  it('accepts 1900-01-01 and today in Tokyo (a newborn)', () => {
    expect(BirthDate.safeParse('1900-01-01').success).toBe(true)
    expect(BirthDate.safeParse(tokyoDate(Date.now())).success).toBe(true)
  })

  it.each(['0001-01-01T00:00:00Z', '1999-12-31T23:59:59Z', '2101-01-01T00:00:00Z'])(
    'refuses the device instant %s',
    (at) => {
      expect(PlausibleInstant.safeParse(at).success).toBe(false)
    },
  )
})
