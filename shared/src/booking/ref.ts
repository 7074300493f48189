import { randomBytes } from '../random'
/**
 * The booking reference (予約番号): 6 random characters and 1 check character, read over the phone.
 *
 * The alphabet has no 0/O and no 1/I, so nothing a caller hears or writes down can be mistaken for
 * another character. It has exactly 32 characters, so each is a 5-bit value and the check can work
 * in GF(32) (polynomial arithmetic over x^5 + x^2 + 1, which is primitive): the reference is valid
 * when Σ v_i · α^(6−i) = 0. Over a field this catches
 *   - every single-character error: α^k · (a ⊕ b) ≠ 0 whenever a ≠ b;
 *   - every adjacent transposition: α^k · (a ⊕ b) · (1 ⊕ α) ≠ 0, since α ≠ 1;
 * and also every jump transposition and twin error within 7 characters, because α has order 31.
 * A plain weighted sum mod 32 cannot do both (weights must be odd for the first, differences of
 * weights odd for the second), and mod 31 would leave one pair of characters indistinguishable.
 * `ref.test.ts` checks the claims exhaustively.
 */

export const REF_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
export const REF_DATA_LENGTH = 6
export const REF_LENGTH = REF_DATA_LENGTH + 1

const VALUE_OF = new Map([...REF_ALPHABET].map((ch, i) => [ch, i]))

/** Multiply by α in GF(32): shift, and reduce by x^5 + x^2 + 1 when the x^5 term appears. */
function timesAlpha(value: number): number {
  const shifted = value << 1
  return shifted & 0b100000 ? shifted ^ 0b100101 : shifted
}

/** Σ v_i · α^(n−1−i) by Horner's rule; 0 for a valid reference. */
function syndrome(values: readonly number[]): number {
  let s = 0
  for (const v of values) s = timesAlpha(s) ^ v
  return s
}

/** The check character for 6 data characters from the alphabet. */
export function refCheckChar(data: string): string {
  const values = [...data].map((ch) => VALUE_OF.get(ch))
  if (values.length !== REF_DATA_LENGTH || values.some((v) => v === undefined)) {
    throw new RangeError(`not ${REF_DATA_LENGTH} reference characters: ${data}`)
  }
  // α · S(data) ⊕ c = 0, so c = α · S(data).
  return REF_ALPHABET[timesAlpha(syndrome(values as number[]))] as string
}

/** True for 7 canonical characters (upper case, no separators) whose check character fits. */
export function isValidRef(ref: string): boolean {
  if (ref.length !== REF_LENGTH) return false
  const values = [...ref].map((ch) => VALUE_OF.get(ch))
  return values.every((v) => v !== undefined) && syndrome(values as number[]) === 0
}

/** A new random reference in canonical form. 32^6 ≈ 1.07 billion; the server retries on a clash. */
export function newRef(random: (n: number) => Uint8Array = randomBytes): string {
  // 256 is a multiple of 32, so taking the low 5 bits of a random byte is uniform.
  const data = Array.from(random(REF_DATA_LENGTH), (b) => REF_ALPHABET[b & 31]).join('')
  return data + refCheckChar(data)
}

/** 'K7M4QXP' → 'K7M-4QX-P': two groups of three the caller repeats back, then the check character. */
export function formatRef(ref: string): string {
  return `${ref.slice(0, 3)}-${ref.slice(3, 6)}-${ref.slice(6)}`
}

export type ParsedRef = { ok: true; ref: string } | { ok: false; reason: 'length' | 'character' | 'check' }

// Separators an operator may type or paste: spaces of both widths and every dash, including the
// katakana long-vowel mark an IME produces for '-' in kana mode.
const SEPARATORS = /[\s\u3000\-‐‑‒–—―−ー－ｰ・.]/gu

/** Canonical form of what was typed: full-width folded to ASCII (NFKC), upper case, separators gone. */
export function normaliseRefInput(input: string): string {
  return input.normalize('NFKC').toUpperCase().replace(SEPARATORS, '')
}

/** Read a reference as typed: tolerant of lower case, spaces, hyphens and full-width characters. */
export function parseRef(input: string): ParsedRef {
  const ref = normaliseRefInput(input)
  if (ref.length !== REF_LENGTH) return { ok: false, reason: 'length' }
  if (![...ref].every((ch) => VALUE_OF.has(ch))) return { ok: false, reason: 'character' }
  return isValidRef(ref) ? { ok: true, ref } : { ok: false, reason: 'check' }
}

// How each character is said on the phone. Digits use the readings that cannot be misheard:
// よん not し (4), なな not しち (7), きゅう not く (9).
const READING_JA: Record<string, string> = {
  '2': 'に',
  '3': 'さん',
  '4': 'よん',
  '5': 'ご',
  '6': 'ろく',
  '7': 'なな',
  '8': 'はち',
  '9': 'きゅう',
  A: 'エー',
  B: 'ビー',
  C: 'シー',
  D: 'ディー',
  E: 'イー',
  F: 'エフ',
  G: 'ジー',
  H: 'エイチ',
  J: 'ジェー',
  K: 'ケー',
  L: 'エル',
  M: 'エム',
  N: 'エヌ',
  P: 'ピー',
  Q: 'キュー',
  R: 'アール',
  S: 'エス',
  T: 'ティー',
  U: 'ユー',
  V: 'ブイ',
  W: 'ダブリュー',
  X: 'エックス',
  Y: 'ワイ',
  Z: 'ゼット',
}

const DIGITS_EN = ['', '', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
const NATO: Record<string, string> = {
  A: 'Alfa',
  B: 'Bravo',
  C: 'Charlie',
  D: 'Delta',
  E: 'Echo',
  F: 'Foxtrot',
  G: 'Golf',
  H: 'Hotel',
  J: 'Juliett',
  K: 'Kilo',
  L: 'Lima',
  M: 'Mike',
  N: 'November',
  P: 'Papa',
  Q: 'Quebec',
  R: 'Romeo',
  S: 'Sierra',
  T: 'Tango',
  U: 'Uniform',
  V: 'Victor',
  W: 'Whiskey',
  X: 'X-ray',
  Y: 'Yankee',
  Z: 'Zulu',
}

export interface RefCharReading {
  char: string
  ja: string
  en: string
}

/** Each character of a reference with how to say it, for a desk that lays them out itself. */
export function refReadings(ref: string): RefCharReading[] {
  return [...normaliseRefInput(ref)].map((char) => ({
    char,
    ja: READING_JA[char] ?? char,
    en: /\d/.test(char) ? (DIGITS_EN[Number(char)] ?? char) : (NATO[char] ?? char),
  }))
}

/** 'K（ケー）、7（なな）、…' in Japanese; 'K (Kilo), 7 (seven), …' in English. */
export function spellRefForPhone(ref: string, lang: 'ja' | 'en' = 'ja'): string {
  const readings = refReadings(ref)
  return lang === 'ja'
    ? readings.map((r) => `${r.char}（${r.ja}）`).join('、')
    : readings.map((r) => `${r.char} (${r.en})`).join(', ')
}
