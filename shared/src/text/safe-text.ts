import { z } from 'zod'
import { containsIndividualNumber } from '../individual-number'

/**
 * The one gate for every stored text. Each schema string that is stored is either a strict format
 * (ids.ts: UUIDs, code ids, dates) or a `safeText`, so the server (parsing requests and sync
 * pushes) and the device (its forms, GuardedText) refuse the same things, and a new field cannot
 * forget the guard: a bare `z.string()` in a write schema fails the schema walk test
 * (sync-server/src/http/no-number.test.ts walks every write route).
 */

export type TextProblem = 'invalid_characters' | 'individual_number'

/** C0 and C1 controls and DEL. Multi-line text keeps tab and line breaks. */
const CONTROL_SINGLE = /\p{Cc}/u
const CONTROL_MULTI = /[^\P{Cc}\t\n\r]/u
/** A surrogate that is not part of a pair: stored, it becomes invalid UTF-8. */
const LONE_SURROGATE = /\p{Cs}/u
/**
 * Bidi embeddings, overrides and isolates (and the marks), which make text display in another
 * order than it is stored ("Trojan Source"); noncharacters; line and paragraph separators.
 */
const INVISIBLE_ORDER = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff\u2028\u2029]/
/**
 * A combining mark with nothing to combine with: at the start of the text or of a line, or after a
 * space or a tab (it then sits alone on the space, drawn over the text beside it).
 */
const LEADING_MARK = /(?:^|[\s\p{Z}])\p{M}/u

export function hasInvalidCharacters(value: string, multiline = false): boolean {
  return (
    (multiline ? CONTROL_MULTI : CONTROL_SINGLE).test(value) ||
    LONE_SURROGATE.test(value) ||
    INVISIBLE_ORDER.test(value) ||
    LEADING_MARK.test(value)
  )
}

/** What is wrong with a text that is to be stored, or null. The code is the catalog key `field.<code>`. */
export function textProblem(value: string, options: { multiline?: boolean } = {}): TextProblem | null {
  if (hasInvalidCharacters(value, options.multiline)) return 'invalid_characters'
  if (containsIndividualNumber(value)) return 'individual_number'
  return null
}

export interface SafeTextOptions {
  /** Most characters (UTF-16 units, as the browser's maxlength counts). Required: every string is bounded. */
  max: number
  /** At least this many characters after trimming; 1 makes the field required. */
  min?: number
  /** Keeps tab and line breaks (memos, notes); single-line fields refuse them. */
  multiline?: boolean
  /** Trim surrounding white space before checking and storing. */
  trim?: boolean
}

/** A stored free text: bounded, clean of control and unpaired characters, and without an individual number. */
export function safeText({ max, min = 0, multiline = false, trim = false }: SafeTextOptions) {
  let schema = z.string()
  if (trim) schema = schema.trim()
  if (min > 0) schema = schema.min(min, { message: 'required' })
  return schema.max(max, { message: 'too_long' }).superRefine((value, ctx) => {
    const problem = textProblem(value, { multiline })
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })
}

/** A derived form the server computes and stores (a search key): it must pass the guard too. */
export function derivedTextProblem(value: string): TextProblem | null {
  return containsIndividualNumber(value) ? 'individual_number' : null
}
