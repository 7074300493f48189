import type { z } from 'zod'

/**
 * The individual-number guard (個人番号). madoguchi must never store an individual number, so free
 * text is checked for anything shaped like one before it is saved: 12 digits, written plain or
 * 4-4-4, whose check digit fits. A 23-digit 申請書ID may be stored, so a 12-digit window inside a
 * longer run never counts.
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

// Each of these is one UTF-16 unit, and so is what it maps to: the normalised text keeps the
// original's offsets, so a hit can be reported against what the user typed.
const HYPHENS = 'ー－‐‑‒–—―−ｰ'
const FULL_WIDTH_ZERO = 0xff10

function normalise(text: string): string {
  let out = ''
  for (const ch of text) {
    const code = ch.charCodeAt(0)
    if (ch.length === 1 && code >= FULL_WIDTH_ZERO && code <= FULL_WIDTH_ZERO + 9) {
      out += String(code - FULL_WIDTH_ZERO)
    } else if (ch === '\u3000') {
      out += ' '
    } else if (HYPHENS.includes(ch)) {
      out += '-'
    } else {
      out += ch
    }
  }
  return out
}

/**
 * Digits joined by single spaces or hyphens read as one token, so "1234 5678 9012 3456 7890 123"
 * (a 申請書ID) is one 23-digit token rather than several 12-digit windows.
 */
const TOKEN = /[0-9]+(?:[ -][0-9]+)*/g

function looksLikeIndividualNumber(token: string): boolean {
  const groups = token.split(/[ -]/)
  const digits = groups.join('')
  if (digits.length !== 12) return false
  // Other groupings of 12 digits are phone numbers and the like (+81-90-1234-5678, 1234-567890-12).
  const plainOr444 = groups.length === 1 || (groups.length === 3 && groups.every((g) => g.length === 4))
  return plainOr444 && isIndividualNumber(digits)
}

export type IndividualNumberHit = { start: number; end: number; digits: string }

/** Every well-formed individual number in the text; start/end are offsets into the text as given. */
export function findIndividualNumbers(text: string): IndividualNumberHit[] {
  const hits: IndividualNumberHit[] = []
  for (const match of normalise(text).matchAll(TOKEN)) {
    if (!looksLikeIndividualNumber(match[0])) continue
    hits.push({
      start: match.index,
      end: match.index + match[0].length,
      digits: match[0].replace(/[ -]/g, ''),
    })
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
