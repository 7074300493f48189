import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { newRef } from './booking/ref'
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
/** The digits of another script, from the code point of its zero. */
const toScript = (s: string, zero: number) =>
  s.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)))
const kanji = (s: string) => s.replace(/[0-9]/g, (d) => '〇一二三四五六七八九'[Number(d)] ?? d)

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

  it.each(notFlagged)('does not flag %s', (_, text) => {
    expect(findIndividualNumbers(text)).toEqual([])
    expect(containsIndividualNumber(text)).toBe(false)
  })
})

describe('properties', () => {
  const digits = (length: number) =>
    fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length })
  const aNumber = digits(11)
    .map(makeIndividualNumber)
    .filter((n) => n !== '0'.repeat(12))

  /** Every way of writing one digit a person might type or paste. */
  const SCRIPTS: ((d: string) => string)[] = [
    (d) => d,
    (d) => fullWidth(d),
    (d) => toScript(d, 0x1d7ce), // mathematical bold
    (d) => toScript(d, 0x1d7d8), // double-struck
    (d) => toScript(d, 0x1d7e2), // sans-serif
    (d) => toScript(d, 0x1d7ec), // sans-serif bold
    (d) => toScript(d, 0x1d7f6), // monospace
    (d) => toScript(d, 0x0660), // Arabic-Indic
    (d) => toScript(d, 0x06f0), // extended Arabic-Indic
    (d) => toScript(d, 0x0966), // Devanagari
    (d) => toScript(d, 0x09e6), // Bengali
    (d) => toScript(d, 0x0e50), // Thai
    (d) => toScript(d, 0xff10), // full width again, so plain forms stay common
    (d) => kanji(d),
  ]
  const script = fc.constantFrom(...SCRIPTS)
  /** Separators a person puts inside one number, and how many of them. */
  const SEPARATORS = [
    ' ',
    '\u00a0',
    '\u3000',
    '\u2002',
    '\u2009',
    '\u202f',
    '\t',
    '\n',
    '\r\n',
    '\u200b',
    '\u200c',
    '\u200d',
    '\u2060',
    '\ufeff',
    '\u00ad',
    '-',
    '‐',
    '‑',
    '‒',
    '–',
    '—',
    '―',
    '−',
    'ー',
    '－',
    'ｰ',
    '〜',
    '.',
    '．',
    '・',
    '･',
    '/',
    '／',
    '_',
    '＿',
    ',',
    '，',
    '、',
    '(',
    '（',
  ]
  const separator = fc
    .tuple(fc.constantFrom(...SEPARATORS), fc.integer({ min: 1, max: 3 }))
    .map(([sep, n]) => sep.repeat(n))
  /** Cut points of 12 digits into groups of at most six (longer groups cannot start a 10-digit phone). */
  const grouping = fc
    .array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 12 })
    .map((sizes) => {
      const cuts: number[] = []
      let at = 0
      for (const size of sizes) {
        at += size
        if (at >= 12) break
        cuts.push(at)
      }
      if (cuts.length === 0 && sizes.length > 0) return [6]
      return cuts
    })
    .filter(
      (cuts) =>
        cuts.every((c, i) => c - (i === 0 ? 0 : (cuts[i - 1] ?? 0)) <= 6) && 12 - (cuts.at(-1) ?? 0) <= 6,
    )
  const STANDARD = [[4, 8], [3, 6, 9], [6], [2, 4, 6, 8, 10], [4, 10], [3, 7]]
  const write = (n: string, cuts: number[], seps: string[], scripts: ((d: string) => string)[]) => {
    let out = ''
    for (let i = 0; i < 12; i++) {
      if (cuts.includes(i)) out += seps[cuts.indexOf(i)] ?? seps[0] ?? ''
      out += (scripts[i % scripts.length] ?? String)(n[i] ?? '')
    }
    return out
  }
  const text = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'番号はです。abcXYZ+:円') }))
  /** Whatever stands in front: text, a digit, a phone number, a date, each with or without a space. */
  const front = fc.oneof(
    text.map((t) => `${t}。`),
    fc.constantFrom('9', '9 ', '090-1234-5678 ', '090-1234-5678', '2026/11/25 ', 'TEL 0123-45-6789、'),
  )
  const behind = fc.oneof(
    text.map((t) => `。${t}`),
    fc.constantFrom('9', ' 12', '円', '\n', ' 090-1234-5678'),
  )

  it('finds every number with one separator, any grouping, any digit scripts, anything around it', () => {
    fc.assert(
      fc.property(
        aNumber,
        grouping,
        separator,
        fc.array(script, { minLength: 1, maxLength: 3 }),
        front,
        behind,
        (number, cuts, sep, scripts, pre, post) => {
          const shown = write(number, cuts, [sep], scripts)
          expect(findIndividualNumbers(pre + shown + post).map((h) => h.digits)).toContain(number)
        },
      ),
    )
  })

  it('finds every number in the usual groupings with a different separator in each gap', () => {
    fc.assert(
      fc.property(
        aNumber,
        // 3-4-5 with a hyphen first reads as a postcode (〒061-1498) and is left out here.
        fc.constantFrom(...STANDARD.filter((cuts) => cuts.length < 5 && cuts.join() !== '3,7')),
        // Invisible separators join the groups on either side into one group a person sees as one,
        // so "0000<ZWNJ>000000 12" is a 10-digit phone number and two digits: those are left out.
        fc.array(
          separator.filter((sep) => !/^[\u200b-\u200d\u2060\ufeff\u00ad]+$/.test(sep)),
          { minLength: 5, maxLength: 5 },
        ),
        script,
        front,
        (number, cuts, seps, digit, pre) => {
          const shown = write(number, cuts, seps, [digit])
          expect(findIndividualNumbers(pre + shown).map((h) => h.digits)).toContain(number)
        },
      ),
    )
  })

  it('reports where the number was written', () => {
    fc.assert(
      fc.property(aNumber, fc.constantFrom(...STANDARD), separator, script, (number, cuts, sep, digit) => {
        const shown = write(number, cuts, [sep], [digit])
        const pre = '番号は'
        const hit = findIndividualNumbers(`${pre}${shown}です`).find((h) => h.digits === number)
        expect(hit).toBeDefined()
        expect(hit?.start).toBe(pre.length)
        expect(hit?.end).toBe(pre.length + shown.length)
      }),
    )
  })

  it('never flags 12 digits with a wrong check digit', () => {
    fc.assert(
      fc.property(
        digits(11),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom(...STANDARD),
        separator,
        (first11, shift, cuts, sep) => {
          const check = (Number(makeIndividualNumber(first11)[11]) + shift) % 10
          const number = first11 + String(check)
          expect(isIndividualNumber(number)).toBe(false)
          expect(containsIndividualNumber(`番号は${write(number, cuts, [sep], [String])}です`)).toBe(false)
        },
      ),
    )
  })

  // The accept side: what people write in a memo, a note or a booking name, listed the way they list.
  const phone = fc.oneof(
    digits(8).map((d) => `090-${d.slice(0, 4)}-${d.slice(4)}`),
    digits(8).map((d) => `080 ${d.slice(0, 4)} ${d.slice(4)}`),
    digits(8).map((d) => `070${d}`),
    digits(6).map((d) => `0123-${d.slice(0, 2)}-${d.slice(2)}`),
    digits(7).map((d) => `011-${d.slice(0, 3)}-${d.slice(3)}`),
    digits(6).map((d) => `(0123)${d.slice(0, 2)}-${d.slice(2)}`),
    digits(6).map((d) => `0120-${d.slice(0, 3)}-${d.slice(3)}`),
    digits(8).map((d) => `+81-90-${d.slice(0, 4)}-${d.slice(4)}`),
    digits(8).map((d) => `+8190${d}`),
    // A local number without its area code never starts with 0 (that is the trunk prefix).
    fc
      .tuple(fc.integer({ min: 1, max: 9 }), digits(5))
      .map(([first, d]) => `${first}${d.slice(0, 1)}-${d.slice(1)}`),
  )
  const date = fc
    .tuple(
      fc.integer({ min: 1900, max: 2099 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .chain(([y, m, d]) =>
      fc.constantFrom(
        `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        `${y}/${m}/${d}`,
        `${y}.${m}.${d}`,
        `${m}/${d}`,
        `${y}年${m}月${d}日`,
        `令和${(y % 30) + 1}年${m}月${d}日`,
        `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`,
        `${y}/${m}/${d} ${String(m + 7).padStart(2, '0')}:${String(d + 10)}`,
      ),
    )
  const postcode = digits(7).map((d) => `〒${d.slice(0, 3)}-${d.slice(3)}`)
  const price = fc
    .integer({ min: 0, max: 99_999_999 })
    .chain((n) =>
      fc.constantFrom(`${n.toLocaleString('en-US')}円`, `¥${n.toLocaleString('en-US')}`, `${n}円`),
    )
  const applicationId = digits(23).chain((id) =>
    fc.constantFrom(
      id,
      (id.match(/.{1,4}/g) ?? []).join(' '),
      (id.match(/.{1,4}/g) ?? []).join('-'),
      fullWidth(id),
    ),
  )
  const ref = fc.constant(null).map(() => newRef())
  const item = fc.oneof(
    phone,
    date,
    postcode,
    price,
    applicationId,
    ref,
    fc.constantFrom('受付', '折り返し', '3名', '14時'),
  )
  const listSeparator = fc.constantFrom('、', ', ', '，', ' / ', '\n', '\r\n', '；', ' と ', '。', '　→　')

  it('never flags lists of phone numbers, postcodes, dates, prices, 申請書IDs and references', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 8 }), listSeparator, (items, sep) => {
        const text = items.join(sep)
        expect(findIndividualNumbers(text)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('never flags a 23-digit 申請書ID, plain or grouped, in any width', () => {
    fc.assert(
      fc.property(digits(23), fc.constantFrom('', ' ', '-', '\u3000'), fc.boolean(), (id, sep, wide) => {
        const grouped = sep ? (id.match(/.{1,4}/g) ?? []).join(sep) : id
        expect(containsIndividualNumber(`申請書ID ${wide ? fullWidth(grouped) : grouped}`)).toBe(false)
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
