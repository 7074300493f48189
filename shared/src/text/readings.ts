import { type DigitRun, digitsOf } from './digit-runs'

/**
 * What else a person reads in a run of digits: telephone numbers, dates, postcodes and 申請書IDs.
 * The guard (individual-number.ts) judges the rest of the run digit by digit.
 *
 * A reading must cover a whole "chain" (groups joined by one and the same separator), so a number
 * written with uniform separators can never be half read as a phone number: "0123-4567-8901" is one
 * chain of 12 digits, which is no phone number. Readings have fixed digit counts that are never 12
 * (a phone number 10–11, a date 3–8, a postcode 7, a local number 5–8, a 申請書ID 23).
 * An amount is read only with its unit (¥1,234, 5,678円) and up to ten digits: without one,
 * "123,456,789,018" is exactly how a number is disguised.
 *
 * - `hard`: phone numbers, 申請書IDs, dates with their year, postcodes. They are whole things of
 *   their own and end the digits around them: "090-1234-5678 14時" is a phone number and a time,
 *   never a 12-digit window. None of them fits inside the usual ways of grouping 12 digits
 *   (4-4-4, 3-3-3-3, 6-6) even with a different separator in each gap.
 * - `soft`: short readings that could be a piece of a grouped number (11/25, 8.11.25, 34-1111,
 *   1,234円). They only excuse a window made of nothing else ("11/25、11/26、11/27" is three
 *   dates); digits around them are read through them, so "1/23 4567 8901 8" is still 12 digits.
 */
export type Reading = 'hard' | 'soft'

/** How each group of `run` is read, by index; a group absent here is loose digits. */
export function readGroups(run: DigitRun): Map<number, Reading> {
  const read = new Map<number, Reading>()
  const mark = (i: number, how: Reading) => {
    if (read.get(i) !== 'hard') read.set(i, how)
  }
  const lengths = run.groups.map((g) => g.digits.length)
  const texts = run.groups.map(digitsOf)
  // Single groups read on their own, whatever joins them to their neighbours.
  texts.forEach((digits, i) => {
    const how = plainReading(digits)
    if (how) mark(i, how)
  })
  // Chains: maximal stretches of groups with equal gaps.
  let from = 0
  for (let i = 1; i <= run.groups.length; i++) {
    if (i < run.groups.length && run.gaps[i - 1] === run.gaps[from]) continue
    if (i - from >= 2) {
      const gap = run.gaps[from] ?? ''
      const chain = texts.slice(from, i)
      const how = chainReading(chain, lengths.slice(from, i), gap)
      if (how) for (let k = from; k < i; k++) mark(k, how)
    }
    // The next chain starts at the last group of this one (groups are shared at chain boundaries).
    from = i - 1
  }
  for (const i of internationalPhone(run, texts)) mark(i, 'hard')
  for (const i of amount(run, texts)) mark(i, 'soft')
  // A count with its counter (2082年, 14時, 3名) or digits glued to letters (a code such as a
  // booking reference 4282CMP), up to ten digits like an amount. Soft, so "1234 5678 9018円" and
  // "ID 1234 5678 9018" are still numbers, and twelve digits glued to letters are judged.
  const firstGroup = run.groups[0]
  if (firstGroup && isWordy(firstGroup.before) && firstGroup.digits.length <= 10) mark(0, 'soft')
  // The minutes or seconds of a time (08:27, 14:05:30): the colon ended the run before them. Soft,
  // so a list such as "08:27、27-5792、2029年" is not twelve loose digits, while a number written
  // after a time ("08:27 1234 5678 9018") still has loose digits of its own and is judged.
  if (firstGroup && ':：'.includes(firstGroup.before || '?') && firstGroup.digits.length === 2)
    mark(0, 'soft')
  const lastIndex = run.groups.length - 1
  const counted = run.groups[lastIndex]
  if (
    counted &&
    (COUNTERS.includes(counted.after || '?') || isWordy(counted.after)) &&
    counted.digits.length <= 10
  ) {
    mark(lastIndex, 'soft')
  }
  return read
}

function plainReading(digits: string): Reading | null {
  if (digits.length === 23) return 'hard' // 申請書ID
  if (/^0\d{9,10}$/.test(digits)) return 'hard' // a phone number without separators
  if (digits.length === 8 && isDate(digits.slice(0, 4), digits.slice(4, 6), digits.slice(6))) return 'hard'
  return null
}

const isWordy = (ch: string) => /^[A-Za-zＡ-Ｚａ-ｚ]$/u.test(ch)
const COUNTERS = '年月日時分秒歳才人名件円回枚個本通番号階'

const NAVI_DIAL = /^0(120|800|570|990|180)$/

function chainReading(chain: string[], lengths: number[], gap: string): Reading | null {
  const total = lengths.reduce((a, b) => a + b, 0)
  const [a = '', b = '', c = ''] = chain
  // 申請書ID as printed: 4-4-4-4-4-3.
  if (lengths.join() === '4,4,4,4,4,3') return 'hard'
  // Phone numbers: area code, local part, subscriber number (4 digits); toll-free 0120-123-456.
  if (chain.length === 3 && a.startsWith('0') && (total === 10 || total === 11)) {
    if (a.length >= 2 && a.length <= 5 && b.length <= 4 && c.length === 4) return 'hard'
    if (NAVI_DIAL.test(a) && b.length === 3 && c.length === 3) return 'hard'
  }
  // 03-12345678, 090-12345678: an area code and the rest.
  if (
    chain.length === 2 &&
    a.startsWith('0') &&
    a.length <= 4 &&
    b.length >= 7 &&
    (total === 10 || total === 11)
  ) {
    return 'hard'
  }
  // Dates: 2026-11-25, 2026/11, 11/25, 8.11.25 (an era year).
  if (gap === '-' || gap === '/' || gap === '.') {
    if (chain.length === 3 && a.length === 4 && isDate(a, b, c)) return 'hard'
    if (chain.length === 3 && a.length <= 2 && Number(a) >= 1 && isDate('2000', b, c)) return 'soft'
    if (chain.length === 2 && a.length === 4 && isDate(a, b, '1')) return 'hard'
    if (chain.length === 2 && gap === '/' && isDate('2000', a, b)) return 'soft'
  }
  // Postcode 〒061-1498.
  if (gap === '-' && lengths.join() === '3,4') return 'hard'
  // A local number without its area code: 34-1111, 1234-5678.
  if (gap === '-' && chain.length === 2 && !a.startsWith('0') && a.length <= 4 && b.length === 4)
    return 'soft'
  return null
}

function isDate(year: string, month: string, day: string): boolean {
  const y = Number(year)
  const m = Number(month)
  const d = Number(day)
  return (
    /^\d{1,2}$/.test(month) &&
    /^\d{1,2}$/.test(day) &&
    y >= 1868 &&
    y <= 2100 &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= 31
  )
}

/**
 * "+81 90-1234-5678": a run that follows a plus and starts with Japan's country code is a phone
 * number of 11 or 12 digits (81 and the number without its leading 0), however it is grouped.
 */
function internationalPhone(run: DigitRun, texts: string[]): number[] {
  const first = run.groups[0]
  if (!first || !'+＋'.includes(first.before) || first.before === '' || !texts[0]?.startsWith('81')) return []
  let total = 0
  let last = -1
  for (let i = 0; i < texts.length; i++) {
    total += texts[i]?.length ?? 0
    if (total > 12) break
    if (total >= 11) last = i
  }
  return Array.from({ length: last + 1 }, (_, i) => i)
}

/** "¥52,152,742", "1,234円": an amount with its unit, in a chain of comma groups, up to ten digits. */
function amount(run: DigitRun, texts: string[]): number[] {
  const found: number[] = []
  const isAmount = (from: number, to: number) => {
    const chain = texts.slice(from, to + 1)
    const gapsOk = run.gaps.slice(from, to).every((g) => g === ',')
    const groupsOk = (chain[0]?.length ?? 0) <= 3 || chain.length === 1
    const digits = chain.join('').length
    return gapsOk && groupsOk && chain.slice(1).every((g) => g.length === 3) && digits <= 10
  }
  const first = run.groups[0]
  if (first && '¥￥$＄'.includes(first.before) && first.before !== '') {
    let to = 0
    while (to + 1 < texts.length && run.gaps[to] === ',' && isAmount(0, to + 1)) to++
    if (isAmount(0, to)) for (let i = 0; i <= to; i++) found.push(i)
  }
  const lastIndex = run.groups.length - 1
  const last = run.groups[lastIndex]
  if (last && '円'.includes(last.after) && last.after !== '') {
    let from = lastIndex
    while (from > 0 && run.gaps[from - 1] === ',' && isAmount(from - 1, lastIndex)) from--
    if (isAmount(from, lastIndex)) for (let i = from; i <= lastIndex; i++) found.push(i)
  }
  return found
}
