import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  containsIndividualNumber,
  findIndividualNumbers,
  isIndividualNumber,
  makeIndividualNumber,
  noIndividualNumber,
} from './individual-number'

// The published example is the one well-formed number written out; every other is made at run time.
const EXAMPLE = '123456789018'
const OTHER = makeIndividualNumber('98765432109')

/** Same first 11 digits, any other last digit: well-formed in shape only. */
const wrongCheck = (n: string) => n.slice(0, 11) + String((Number(n[11]) + 1) % 10)
const group444 = (n: string, sep: string) => `${n.slice(0, 4)}${sep}${n.slice(4, 8)}${sep}${n.slice(8)}`
const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)))

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

  // Each row with a 12-digit body uses a well-formed number, so the row fails only for its shape.
  const notFlagged: [string, string][] = [
    ['wrong check digit', wrongCheck(EXAMPLE)],
    ['wrong check digit, 4-4-4', group444(wrongCheck(OTHER), '-')],
    ['1234-567890-12 grouping', '1234-567890-12'],
    ['4-6-2 grouping of a number', `${EXAMPLE.slice(0, 4)}-${EXAMPLE.slice(4, 10)}-${EXAMPLE.slice(10)}`],
    ['3-4-5 grouping of a number', `${EXAMPLE.slice(0, 3)} ${EXAMPLE.slice(3, 7)} ${EXAMPLE.slice(7)}`],
    ['6-6 grouping of a number', `${OTHER.slice(0, 6)}-${OTHER.slice(6)}`],
    ['double space between groups', `${EXAMPLE.slice(0, 4)}  ${EXAMPLE.slice(4, 8)}  ${EXAMPLE.slice(8)}`],
    ['digit before', `9${EXAMPLE}`],
    ['digit after', `${EXAMPLE}9`],
    ['full-width digit after', `${EXAMPLE}９`],
    ['grouped digit before', `9-${group444(EXAMPLE, '-')}`],
    ['grouped digits after', `${group444(EXAMPLE, ' ')} 12`],
    ['23-digit 申請書ID holding a number', `${EXAMPLE}12345678901`],
    ['23-digit 申請書ID, number in the middle', `55${OTHER}123456789`],
    ['23-digit 申請書ID with spaces', '1234 5678 9012 3456 7890 123'],
    ['23-digit 申請書ID with spaces over a number', `${group444(EXAMPLE, ' ')} 1234 5678 901`],
    ['23-digit 申請書ID with hyphens over a number', `${group444(OTHER, '-')}-1234-5678-901`],
    ['23-digit 申請書ID in full width', fullWidth(`${EXAMPLE}12345678901`)],
    ['phone 0123-45-6789', 'TEL 0123-45-6789'],
    ['mobile 090-1234-5678', '携帯090-1234-5678まで'],
    ['phone 011-123-4567', '011-123-4567'],
    ['toll-free 0120-123-456', 'フリーダイヤル0120-123-456'],
    [
      'international mobile shaped like a number',
      `+${makeIndividualNumber('81901234567').replace(/^(\d\d)(\d\d)(\d{4})/, '$1-$2-$3-')}`,
    ],
    ['postal code', '〒061-1498 恵庭市京町1番地'],
    ['date with hyphens', '2026-11-25'],
    ['date with slashes', '2026/11/25'],
    ['date and time', '2026-11-25 10:15'],
    ['10 digits', '0123456789'],
    ['11 digits', EXAMPLE.slice(0, 11)],
    ['13 digits', `${EXAMPLE}0`],
    ['empty', ''],
  ]

  it.each(notFlagged)('does not flag %s', (_, text) => {
    expect(findIndividualNumbers(text)).toEqual([])
    expect(containsIndividualNumber(text)).toBe(false)
  })
})

describe('properties', () => {
  const digits = (length: number) =>
    fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length })
  const written = fc.constantFrom(
    (n: string) => n,
    (n: string) => group444(n, '-'),
    (n: string) => group444(n, ' '),
    (n: string) => fullWidth(n),
    (n: string) => group444(fullWidth(n), 'ー'),
    (n: string) => group444(fullWidth(n), '\u3000'),
  )
  const text = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'番号はです、。 　ー-abcXYZ') }))
  // Text that would join the number into a longer token is not "between non-digit text".
  const joinsBefore = /[0-9０-９][ \u3000\-ー－‐‑‒–—―−ｰ]?$/
  const joinsAfter = /^[ \u3000\-ー－‐‑‒–—―−ｰ]?[0-9０-９]/
  const before = text.filter((s) => !joinsBefore.test(s))
  const after = text.filter((s) => !joinsAfter.test(s))

  it('finds any well-formed number between non-digit text', () => {
    fc.assert(
      fc.property(digits(11), written, before, after, (first11, write, pre, post) => {
        const number = makeIndividualNumber(first11)
        const shown = write(number)
        const hits = findIndividualNumbers(pre + shown + post)
        expect(hits).toContainEqual({ start: pre.length, end: pre.length + shown.length, digits: number })
      }),
    )
  })

  it('never flags 12 digits with a wrong check digit', () => {
    fc.assert(
      fc.property(digits(11), fc.integer({ min: 1, max: 9 }), written, (first11, shift, write) => {
        const check = (Number(makeIndividualNumber(first11)[11]) + shift) % 10
        const number = first11 + String(check)
        expect(isIndividualNumber(number)).toBe(false)
        expect(containsIndividualNumber(`番号は${write(number)}です`)).toBe(false)
      }),
    )
  })

  it('never flags a 23-digit 申請書ID, plain or grouped', () => {
    fc.assert(
      fc.property(digits(23), fc.constantFrom('', ' ', '-'), (id, sep) => {
        const shown = sep ? (id.match(/.{1,4}/g) ?? []).join(sep) : id
        expect(containsIndividualNumber(`申請書ID ${shown}`)).toBe(false)
      }),
    )
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
