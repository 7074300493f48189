import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  containsIndividualNumber,
  findIndividualNumbers,
  isIndividualNumber,
  makeIndividualNumber,
  noIndividualNumber,
} from './individual-number'
import { fullWidth, kanji, toScript } from './individual-number.forms'

// The published example is the one well-formed number written out; every other is made at run time.
const EXAMPLE = '123456789018'
const OTHER = makeIndividualNumber('98765432109')

/** Same first 11 digits, any other last digit: well-formed in shape only. */
const wrongCheck = (n: string) => n.slice(0, 11) + String((Number(n[11]) + 1) % 10)
const group444 = (n: string, sep: string) => `${n.slice(0, 4)}${sep}${n.slice(4, 8)}${sep}${n.slice(8)}`

describe('isIndividualNumber', () => {
  it('accepts the published example and generated numbers', () => {
    expect(isIndividualNumber(EXAMPLE)).toBe(true)
    expect(isIndividualNumber(OTHER)).toBe(true)
  })

  it('computes the check digit from the weights, 0 when r is 0 or 1', () => {
    // Built from parts so that no other well-formed number is written out in the source.
    const zeros = (n: number) => '0'.repeat(n)
    expect(makeIndividualNumber(`${zeros(10)}1`)).toBe(`${zeros(10)}19`) // 1·2 = 2 → 11 − 2
    expect(makeIndividualNumber(`${zeros(10)}6`)).toBe(`${zeros(10)}60`) // 6·2 = 12, r = 1
    expect(makeIndividualNumber(`${zeros(9)}31`)).toBe(`${zeros(9)}310`) // 1·2 + 3·3 = 11, r = 0
    expect(makeIndividualNumber(`1${zeros(10)}`)).toBe(`1${zeros(10)}5`) // P(11)·Q(11) = 6 → 5
  })

  it.each([
    ['wrong check digit', wrongCheck(EXAMPLE)],
    ['11 digits', EXAMPLE.slice(0, 11)],
    ['13 digits', `${EXAMPLE}0`],
    ['grouped', group444(EXAMPLE, '-')],
    ['full-width', fullWidth(EXAMPLE)],
    ['letters', 'abcdefghijkl'],
    ['empty', ''],
  ])('refuses %s', (_, value) => {
    expect(isIndividualNumber(value)).toBe(false)
  })
})

describe('makeIndividualNumber', () => {
  it('completes the example', () => {
    expect(makeIndividualNumber(EXAMPLE.slice(0, 11))).toBe(EXAMPLE)
  })

  it('needs exactly 11 ASCII digits', () => {
    expect(() => makeIndividualNumber('1234')).toThrow(RangeError)
  })
})

describe('findIndividualNumbers', () => {
  const flagged: [string, string, string][] = [
    ['plain', EXAMPLE, EXAMPLE],
    ['4-4-4 with hyphens', group444(EXAMPLE, '-'), EXAMPLE],
    ['4-4-4 with spaces', group444(OTHER, ' '), OTHER],
    ['full-width digits', fullWidth(EXAMPLE), EXAMPLE],
    ['full-width with full-width hyphens', group444(fullWidth(OTHER), '－'), OTHER],
    ['full-width with katakana long marks', group444(fullWidth(EXAMPLE), 'ー'), EXAMPLE],
    ['full-width spaces', group444(fullWidth(EXAMPLE), '\u3000'), EXAMPLE],
    ['minus sign', group444(EXAMPLE, '−'), EXAMPLE],
    ['en dash', group444(EXAMPLE, '–'), EXAMPLE],
    ['em dash', group444(EXAMPLE, '—'), EXAMPLE],
    ['Unicode hyphen', group444(EXAMPLE, '‐'), EXAMPLE],
    ['mixed separators', `${EXAMPLE.slice(0, 4)}-${EXAMPLE.slice(4, 8)} ${EXAMPLE.slice(8)}`, EXAMPLE],
    ['mixed widths', `${EXAMPLE.slice(0, 6)}${fullWidth(EXAMPLE.slice(6))}`, EXAMPLE],
  ]

  it.each(flagged)('flags %s', (_, written, digits) => {
    const text = `番号は${written}です`
    expect(findIndividualNumbers(text)).toEqual([{ start: 3, end: 3 + written.length, digits }])
  })

  it('reports offsets in the original text after a surrogate pair', () => {
    const text = `😀 ${group444(fullWidth(EXAMPLE), 'ー')}。`
    const [hit] = findIndividualNumbers(text)
    expect(hit?.digits).toBe(EXAMPLE)
    expect(text.slice(hit?.start, hit?.end)).toBe(group444(fullWidth(EXAMPLE), 'ー'))
  })

  it('finds every number in a text', () => {
    const text = `${EXAMPLE}と${group444(OTHER, ' ')}、123と`
    expect(findIndividualNumbers(text).map((h) => h.digits)).toEqual([EXAMPLE, OTHER])
  })

  it('flags text next to letters and punctuation', () => {
    expect(containsIndividualNumber(`No.${EXAMPLE}`)).toBe(true)
    expect(containsIndividualNumber(`(${group444(EXAMPLE, '-')})`)).toBe(true)
    expect(containsIndividualNumber(`${EXAMPLE}\n`)).toBe(true)
  })

  // The forms of issue #11: each hid a well-formed number from the old guard.
  const disguised: [string, string, string][] = [
    ['no-break spaces', group444(EXAMPLE, '\u00a0'), EXAMPLE],
    ['tabs', group444(EXAMPLE, '\t'), EXAMPLE],
    ['newlines', group444(EXAMPLE, '\n'), EXAMPLE],
    ['CRLF', group444(EXAMPLE, '\r\n'), EXAMPLE],
    ['two spaces', group444(EXAMPLE, '  '), EXAMPLE],
    ['dots', group444(EXAMPLE, '.'), EXAMPLE],
    ['slashes', group444(EXAMPLE, '/'), EXAMPLE],
    ['nakaguro', group444(EXAMPLE, '・'), EXAMPLE],
    ['underscores', group444(EXAMPLE, '_'), EXAMPLE],
    ['commas', group444(EXAMPLE, ','), EXAMPLE],
    ['zero-width spaces', group444(EXAMPLE, '\u200b'), EXAMPLE],
    ['word joiners', group444(EXAMPLE, '\u2060'), EXAMPLE],
    ['soft hyphens', group444(EXAMPLE, '\u00ad'), EXAMPLE],
    ['hyphen with spaces', group444(EXAMPLE, ' - '), EXAMPLE],
    ['wave dash', group444(EXAMPLE, '〜'), EXAMPLE],
    ['3-3-3-3', EXAMPLE.replace(/(\d{3})(?=\d)/g, '$1-'), EXAMPLE],
    ['3-3-3-3 with thousands commas', EXAMPLE.replace(/(\d{3})(?=\d)/g, '$1,'), EXAMPLE],
    ['6-6', `${OTHER.slice(0, 6)} ${OTHER.slice(6)}`, OTHER],
    ['pairs', EXAMPLE.replace(/(\d{2})(?=\d)/g, '$1 '), EXAMPLE],
    ['single digits', EXAMPLE.split('').join(' '), EXAMPLE],
    ['4-6-2', `${EXAMPLE.slice(0, 4)}-${EXAMPLE.slice(4, 10)}-${EXAMPLE.slice(10)}`, EXAMPLE],
    ['3-4-5', `${EXAMPLE.slice(0, 3)} ${EXAMPLE.slice(3, 7)} ${EXAMPLE.slice(7)}`, EXAMPLE],
    ['mixed separators', `${EXAMPLE.slice(0, 4)}.${EXAMPLE.slice(4, 8)}/${EXAMPLE.slice(8)}`, EXAMPLE],
    ['brackets', `(${EXAMPLE.slice(0, 4)})${EXAMPLE.slice(4, 8)}-${EXAMPLE.slice(8)}`, EXAMPLE],
    ['mathematical bold digits', toScript(EXAMPLE, 0x1d7ce), EXAMPLE],
    ['mathematical sans-serif digits', toScript(EXAMPLE, 0x1d7e2), EXAMPLE],
    ['mathematical monospace digits', toScript(OTHER, 0x1d7f6), OTHER],
    ['Arabic-Indic digits', toScript(EXAMPLE, 0x0660), EXAMPLE],
    ['extended Arabic-Indic digits', toScript(EXAMPLE, 0x06f0), EXAMPLE],
    ['Devanagari digits', toScript(EXAMPLE, 0x0966), EXAMPLE],
    ['Bengali digits', toScript(OTHER, 0x09e6), OTHER],
    ['Thai digits', toScript(EXAMPLE, 0x0e50), EXAMPLE],
    ['kanji numerals', kanji(EXAMPLE), EXAMPLE],
    ['kanji numerals with 零', kanji(EXAMPLE).replace('〇', '零'), EXAMPLE],
    ['circled digits', EXAMPLE.replace(/[1-9]/g, (d) => String.fromCharCode(0x245f + Number(d))), EXAMPLE],
    ['digits with combining marks', EXAMPLE.split('').join('\u0301'), EXAMPLE],
    ['a digit in front', `9${EXAMPLE}`, EXAMPLE],
    ['a digit behind', `${EXAMPLE}9`, EXAMPLE],
    ['a full-width digit behind', `${EXAMPLE}９`, EXAMPLE],
    ['a grouped digit in front', `9-${group444(EXAMPLE, '-')}`, EXAMPLE],
    ['grouped digits behind', `${group444(EXAMPLE, ' ')} 12`, EXAMPLE],
    ['a phone number in front', `090-1234-5678 ${group444(EXAMPLE, ' ')}`, EXAMPLE],
    ['a phone number directly in front', `090-1234-5678${EXAMPLE}`, EXAMPLE],
    ['a phone number in front, same separator', `090-1234-5678-${group444(EXAMPLE, '-')}`, EXAMPLE],
    ['a date in front', `2026/11/25 ${EXAMPLE}`, EXAMPLE],
    [
      'a date in front through its digits',
      `1/23 ${EXAMPLE.slice(3, 7)} ${EXAMPLE.slice(7)}`.replace(
        '1/23',
        `${EXAMPLE.slice(0, 1)}/${EXAMPLE.slice(1, 3)}`,
      ),
      EXAMPLE,
    ],
    ['in a 22-digit run', `${EXAMPLE}1234567890`, EXAMPLE],
  ]

  it.each(disguised)('flags a number written with %s', (_, written, number) => {
    expect(findIndividualNumbers(`番号は${written}です`).map((h) => h.digits)).toContain(number)
  })

  // Each row with a 12-digit body uses a well-formed number, so the row fails only for its shape.
  const notFlagged: [string, string][] = [
    ['wrong check digit', wrongCheck(EXAMPLE)],
    ['wrong check digit, 4-4-4', group444(wrongCheck(OTHER), '-')],
    ['wrong check digit, kanji', kanji(wrongCheck(EXAMPLE))],
    ['1234-567890-12 grouping', '1234-567890-12'],
    ['twelve zeros (a mask)', group444('0'.repeat(12), '-')],
    ['twelve maru marks', '〇〇〇〇〇〇〇〇〇〇〇〇'],
    ['digits split by letters', `${EXAMPLE.slice(0, 6)}a${EXAMPLE.slice(6)}`],
    ['digits split by a colon', `${EXAMPLE.slice(0, 6)}:${EXAMPLE.slice(6)}`],
    // Found by the property test (seed -1140529781): a time's minutes read through a list.
    ['a time, a local number and a year in a list', '2048/1/17 08:27、27-5792、2029年2月1日'],
    ['23-digit 申請書ID holding a number', `${EXAMPLE}12345678901`],
    ['23-digit 申請書ID, number in the middle', `55${OTHER}123456789`],
    ['23-digit 申請書ID with spaces', '1234 5678 9012 3456 7890 123'],
    ['23-digit 申請書ID with spaces over a number', `${group444(EXAMPLE, ' ')} 1234 5678 901`],
    ['23-digit 申請書ID with hyphens over a number', `${group444(OTHER, '-')}-1234-5678-901`],
    ['23-digit 申請書ID in full width', fullWidth(`${EXAMPLE}12345678901`)],
    ['phone 0123-45-6789', 'TEL 0123-45-6789'],
    ['mobile 090-1234-5678', '携帯090-1234-5678まで'],
    ['phone 011-123-4567', '011-123-4567'],
    ['phone in brackets', '(0123)45-6789'],
    ['toll-free 0120-123-456', 'フリーダイヤル0120-123-456'],
    ['phone then a time', '090-1234-5678 14時以降'],
    ['two phones with a comma', '0123-45-6789, 0123-45-6790'],
    ['phones line by line, space-grouped', '090 1234 5678\n011 123 4567\n0123 45 6789'],
    ['two local numbers', '連絡先 33-3131、36-1234'],
    [
      'international mobile shaped like a number',
      `+${makeIndividualNumber('81901234567').replace(/^(\d\d)(\d\d)(\d{4})/, '$1-$2-$3-')}`,
    ],
    ['international mobile, plain', `+${makeIndividualNumber('81901234567')}`],
    ['postal code', '〒061-1498 恵庭市京町1番地'],
    ['date with hyphens', '2026-11-25'],
    ['date with slashes', '2026/11/25'],
    ['date and time', '2026-11-25 10:15'],
    ['two dates', '2026/1/5 2026/1/6'],
    ['a list of short dates', '11/25、11/26、11/27、12/1、12/2、12/3'],
    ['amounts with their unit', '¥12,345、23,456円、34,567円'],
    ['10 digits', '0123456789'],
    ['11 digits', EXAMPLE.slice(0, 11)],
    ['empty', ''],
  ]

  it('still flags a number written after a time, whose minutes are read as a time', () => {
    const hits = findIndividualNumbers(`08:27 ${group444(EXAMPLE, ' ')}`)
    expect(hits.map((h) => h.digits)).toContain(EXAMPLE)
  })

  it.each(notFlagged)('does not flag %s', (_, text) => {
    expect(findIndividualNumbers(text)).toEqual([])
    expect(containsIndividualNumber(text)).toBe(false)
  })
})

describe('noIndividualNumber', () => {
  const Note = noIndividualNumber(z.string().max(2000))

  it('passes ordinary text, an application form ID and phone numbers', () => {
    expect(
      Note.safeParse('交付予約の変更。申請書ID 1234 5678 9012 3456 7890 123、TEL 090-1234-5678').success,
    ).toBe(true)
  })

  it('refuses text holding a number, with the catalog key as message', () => {
    const result = Note.safeParse(`番号は${EXAMPLE}です`)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.message)).toEqual(['individual_number'])
  })

  it('keeps the checks of the schema it wraps', () => {
    expect(Note.safeParse('a'.repeat(2001)).success).toBe(false)
  })
})
