/**
 * The 申請書ID rule (docs/design/domain-facts.md): 23 half-width digits printed top right on the
 * 交付申請書. Staff type it as printed, so spaces and hyphens are allowed and removed, and full-width
 * digits (a Japanese IME's default) are folded to ASCII. The tablet, while typing, and the server,
 * on every pushed intake, apply this same rule.
 */

export const APPLICATION_FORM_ID_LENGTH = 23

/** Separators staff may type between groups of digits: spaces (half and full width) and hyphens. */
const SEPARATORS = /[\s\u3000\-‐‑‒–—―−－ー]/g

const foldDigits = (text: string) => text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))

/** Full-width digits to ASCII, separators removed. Anything else is left for the check to refuse. */
export function normaliseApplicationFormId(text: string): string {
  return foldDigits(text).replace(SEPARATORS, '')
}

export type FormIdProblem =
  | { code: 'empty'; count?: undefined }
  | { code: 'not_digits'; count?: undefined }
  /** `count`: how many digits are still missing. */
  | { code: 'short'; count: number }
  /** `count`: how many digits too many. */
  | { code: 'long'; count: number }
  /** 00000… or 11111…: a placeholder or a stuck key, never a printed ID. */
  | { code: 'same_digit'; count?: undefined }

/** What is wrong with a typed 申請書ID, or null when it is well-formed. */
export function applicationFormIdProblem(text: string): FormIdProblem | null {
  const id = normaliseApplicationFormId(text)
  if (id === '') return { code: 'empty' }
  if (!/^\d+$/.test(id)) return { code: 'not_digits' }
  if (id.length < APPLICATION_FORM_ID_LENGTH)
    return { code: 'short', count: APPLICATION_FORM_ID_LENGTH - id.length }
  if (id.length > APPLICATION_FORM_ID_LENGTH)
    return { code: 'long', count: id.length - APPLICATION_FORM_ID_LENGTH }
  if (/^(\d)\1*$/.test(id)) return { code: 'same_digit' }
  return null
}

export function isApplicationFormId(text: string): boolean {
  return applicationFormIdProblem(text) === null
}

/**
 * What the 申請書ID field keeps of a keystroke or a paste: digits (full-width folded) and
 * separators; anything else is refused there and then, and named so staff see what was dropped.
 */
export function acceptFormIdInput(text: string): { value: string; refused: string | null } {
  const folded = foldDigits(text)
  const refused = folded.replace(SEPARATORS, '').replace(/\d/g, '')
  return {
    value: folded.replace(/[^\d\s\u3000\-‐‑‒–—―−－ー]/g, ''),
    refused: refused === '' ? null : refused,
  }
}

/** '1234 5678 9012 …': a 申請書ID in groups of four, as the desk shows and reads it back everywhere. */
export function formatApplicationFormId(id: string): string {
  return normaliseApplicationFormId(id).replace(/(\d{4})(?=\d)/g, '$1 ')
}
