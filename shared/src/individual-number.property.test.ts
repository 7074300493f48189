import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { newRef } from './booking/ref'
import {
  containsIndividualNumber,
  findIndividualNumbers,
  isIndividualNumber,
  makeIndividualNumber,
} from './individual-number'
import { fullWidth, kanji, toScript } from './individual-number.forms'

// Properties of the guard over every way a person might type or paste a number; the examples are in
// individual-number.test.ts.
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
