import type { z } from 'zod'
import { digitRuns, type ReadDigit } from './text/digit-runs'
import { readGroups } from './text/readings'

/**
 * The individual-number guard (個人番号). madoguchi must never store an individual number, so every
 * stored text is checked for one before it is saved (text/safe-text.ts runs this for every field):
 * 12 digits whose check digit fits, however a person could write, type or paste them.
 */

/** Q(n) for n = 1..11, n counted from the right of the first 11 digits. */
const WEIGHTS = [2, 3, 4, 5, 6, 7, 2, 3, 4, 5, 6] as const

function checkDigitOf(first11: string): number {
  let sum = 0
  for (let n = 1; n <= 11; n++) {
    sum += Number(first11[11 - n]) * (WEIGHTS[n - 1] ?? 0)
  }
  const r = sum % 11
  return r <= 1 ? 0 : 11 - r
}

/** Exactly 12 ASCII digits whose last digit is the check digit of the first 11. */
export function isIndividualNumber(digits: string): boolean {
  return /^[0-9]{12}$/.test(digits) && checkDigitOf(digits.slice(0, 11)) === Number(digits[11])
}

/**
 * Completes 11 digits with their check digit. For tests: source files hold no well-formed number
 * except the published example, so tests make theirs when they run.
 */
export function makeIndividualNumber(first11: string): string {
  if (!/^[0-9]{11}$/.test(first11)) throw new RangeError('makeIndividualNumber needs 11 ASCII digits')
  return first11 + String(checkDigitOf(first11))
}

/** A mask (〇〇〇〇…), nobody's number; made, not written, so no file holds a well-formed number. */
const TWELVE_ZEROS = '0'.repeat(12)

export type IndividualNumberHit = { start: number; end: number; digits: string }

/**
 * Every well-formed individual number in the text, read as a person reads it; start/end are
 * offsets into the text as given (first digit to last digit). Hits may overlap (see below).
 *
 * The rule, and why (docs/privacy.md has it for readers):
 * 1. Digits of every script and width, and kanji numerals, are digits; separators a person puts in
 *    one number (spaces of every kind, line breaks, dashes, dots, slashes, commas, underscores,
 *    brackets) join digits into a run, whatever their number or mix; invisible characters vanish
 *    (text/digit-runs.ts). So no choice of separator, grouping or script hides a number.
 * 2. Parts of a run that read as something else are that thing (text/readings.ts): phone numbers
 *    and 申請書IDs end the digits around them; dates, postcodes and local numbers only
 *    excuse a window made of nothing else. Without this, a list of phone numbers or dates would be
 *    refused one time in ten, since any 12 digits pass the check digit with odds of about 1 in 10.
 * 3. Every other 12 digits in a row inside a run, across separators, with anything in front or
 *    behind, is judged by its check digit. Twelve zeros (a mask, 〇〇〇〇…) are nobody's number.
 */
export function findIndividualNumbers(text: string): IndividualNumberHit[] {
  const hits: IndividualNumberHit[] = []
  for (const run of digitRuns(text)) {
    const read = readGroups(run)
    // Stretches between hard readings, each digit marked whether it is loose.
    let stretch: { digit: ReadDigit; loose: boolean }[] = []
    const judge = () => {
      for (let i = 0; i + 12 <= stretch.length; i++) {
        const window = stretch.slice(i, i + 12)
        if (!window.some((d) => d.loose)) continue
        const digits = window.map((d) => d.digit.digit).join('')
        if (digits === TWELVE_ZEROS || !isIndividualNumber(digits)) continue
        // Every window that fits is reported, overlapping or not: in "9" + a number, the 12 digits
        // from the 9 may fit by chance, and the number itself must still be found.
        hits.push({ start: window[0]?.digit.start ?? 0, end: window[11]?.digit.end ?? 0, digits })
      }
      stretch = []
    }
    run.groups.forEach((group, index) => {
      const how = read.get(index)
      if (how === 'hard') judge()
      else for (const digit of group.digits) stretch.push({ digit, loose: how === undefined })
    })
    judge()
  }
  return hits
}

export function containsIndividualNumber(text: string): boolean {
  return findIndividualNumbers(text).length > 0
}

/**
 * Refuses any value that contains an individual number. The issue message is the catalog key
 * (`field.individual_number`), as for every other field problem.
 */
export function noIndividualNumber<T extends z.ZodString>(schema: T): T {
  return schema.refine((value) => !containsIndividualNumber(value), { message: 'individual_number' })
}
