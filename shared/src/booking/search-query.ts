import { isLocalDate, type LocalDate } from '../calendar/local-date'
import { normaliseRefInput, parseRef } from './ref'

/**
 * The desk's one search box. Whatever the operator types is normalised and recognised here, so the
 * server searches and the desk shows "searching by phone number" from the same rules.
 */

const HIRAGANA = /[\u3041-\u3096\u309D\u309E]/g
const SPACES = /[\s\u3000・･]/gu
const DASHES = /[-‐‑‒–—―−ー－ｰ]/gu

/** Half-width kana to full-width and hiragana to katakana; also folds full-width ASCII (NFKC). */
export function toKatakana(text: string): string {
  return text.normalize('NFKC').replace(HIRAGANA, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60))
}

/** Full-width katakana (precomposed, so NFKC leaves them as they are) and ASCII spaces only. */
const PLAIN_KATAKANA = /^[\u30A1-\u30FA\u30FC ]*$/

/** Kana as stored for search: katakana with no spaces, so 'やまだ たろう' finds 'ヤマダ　タロウ'. */
export function kanaSearchKey(text: string): string {
  // A status import keys 100,000 names already in this form; NFKC of each cost ~0.2 s (bench:import).
  if (PLAIN_KATAKANA.test(text)) return text.replaceAll(' ', '')
  return toKatakana(text).replace(SPACES, '')
}

/** A name as stored for search: NFKC, no spaces. */
export function nameSearchKey(text: string): string {
  return text.normalize('NFKC').replace(SPACES, '')
}

/** Digits of a phone number as typed ('０９０-１２３４-５６７８', '+81 90 …'), or null if it is not one. */
export function normalisePhone(text: string): string | null {
  let digits = text
    .normalize('NFKC')
    .replace(/[\s()（）]/gu, '')
    .replace(DASHES, '')
  if (digits.startsWith('+81')) digits = `0${digits.slice(3)}`
  return /^0\d{9,10}$/.test(digits) ? digits : null
}

const ERA_START: Record<string, number> = { M: 1868, T: 1912, S: 1926, H: 1989, R: 2019 }
const ERA_LETTER: Record<string, string> = { 明治: 'M', 大正: 'T', 昭和: 'S', 平成: 'H', 令和: 'R' }

function dateOf(year: number, month: number, day: number): LocalDate | null {
  const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return isLocalDate(s) ? s : null
}

/** A birth date as written: 1980-04-01, 1980/4/1, 19800401, 1980年4月1日, S55.4.1, 昭和55年4月1日. */
export function parseBirthDate(text: string): LocalDate | null {
  const s = text.normalize('NFKC').replace(/\s/g, '').toUpperCase()
  const western = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s)
  if (western) return dateOf(Number(western[1]), Number(western[2]), Number(western[3]))
  const era = /^([MTSHR]|明治|大正|昭和|平成|令和)(\d{1,2}|元)[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s)
  if (!era) return null
  const letter = ERA_LETTER[era[1] as string] ?? (era[1] as string)
  const start = ERA_START[letter]
  if (start === undefined) return null
  const year = era[2] === '元' ? 1 : Number(era[2])
  if (year < 1) return null
  return dateOf(start + year - 1, Number(era[3]), Number(era[4]))
}

export type RecognisedQuery =
  | { kind: 'ref'; ref: string }
  /** Looks like a reference (7 reference characters) but the check character does not fit. */
  | { kind: 'invalid_ref'; text: string }
  | { kind: 'phone'; phone: string }
  | { kind: 'birth_date'; birthDate: LocalDate }
  | { kind: 'kana'; kana: string }
  | { kind: 'name'; name: string }

/** What the search box holds, recognised in the order least likely to be wrong. */
export function recogniseQuery(text: string): RecognisedQuery {
  const trimmed = text.trim()
  const ref = parseRef(trimmed)
  if (ref.ok) return { kind: 'ref', ref: ref.ref }
  if (ref.reason === 'check' && /[A-Z]/.test(normaliseRefInput(trimmed))) {
    return { kind: 'invalid_ref', text: normaliseRefInput(trimmed) }
  }
  const phone = normalisePhone(trimmed)
  if (phone) return { kind: 'phone', phone }
  const birthDate = parseBirthDate(trimmed)
  if (birthDate) return { kind: 'birth_date', birthDate }
  const kana = kanaSearchKey(trimmed)
  if (kana && /^[\u30A1-\u30FF]+$/u.test(kana)) return { kind: 'kana', kana }
  return { kind: 'name', name: nameSearchKey(trimmed) }
}
