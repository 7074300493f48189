import { z } from 'zod'

/**
 * The one error shape of the whole API. `code` is stable and is what clients translate;
 * `message` is a human sentence in the language the request asked for (Japanese by default).
 * `fields` maps a dotted field path to the problems found there.
 */
export const FieldProblem = z.object({ code: z.string(), message: z.string() })
export type FieldProblem = z.infer<typeof FieldProblem>

export const ApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.array(FieldProblem)).optional(),
    details: z.unknown().optional(),
  }),
  requestId: z.string().optional(),
})
export type ApiError = z.infer<typeof ApiError>

/** Stable error codes. Messages for each live in the i18n catalogs under `error.<code>`. */
export const ERROR_CODES = [
  'bad_request',
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'invalid_credentials',
  'hash_mismatch',
  'invalid_photo',
  'record_deleted',
  // A synced record or photo upload of another tablet or account (sync/ownership.ts)
  'not_owner',
  'internal',
  // Bookings (交付予約)
  'slot_full',
  'slot_not_bookable',
  'outside_window',
  'version_conflict',
  'booking_not_live',
  'attendance_not_due',
  'idempotency_key_reused',
  'calendar_strands_bookings',
  // Calls (通話記録, 取次ぎ, 苦情)
  'call_closed',
  'escalation_not_open',
  // Application status (申請状況)
  'status_file_refused',
  'status_file_has_bad_lines',
  'status_file_changed',
  // FAQ (よくある質問)
  'faq_own_draft',
  'faq_wrong_state',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export const HTTP_STATUS_OF: Record<ErrorCode, number> = {
  bad_request: 400,
  validation_failed: 422,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  invalid_credentials: 401,
  hash_mismatch: 422,
  invalid_photo: 422,
  record_deleted: 410,
  not_owner: 403,
  internal: 500,
  slot_full: 409,
  slot_not_bookable: 422,
  outside_window: 422,
  version_conflict: 409,
  booking_not_live: 409,
  attendance_not_due: 409,
  idempotency_key_reused: 422,
  calendar_strands_bookings: 409,
  call_closed: 409,
  escalation_not_open: 409,
  status_file_refused: 422,
  status_file_has_bad_lines: 422,
  status_file_changed: 409,
  faq_own_draft: 409,
  faq_wrong_state: 409,
}

/** Turn a zod error into the field map of the API error shape. */
export function fieldProblemsOf(
  issues: readonly { path: readonly PropertyKey[]; message: string; code: string }[],
  translate: (key: string) => string,
): Record<string, FieldProblem[]> {
  const fields: Record<string, FieldProblem[]> = {}
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || '_'
    // Our schemas put a catalog key in `message` (e.g. "required"); zod's own issues carry its code.
    const key = /^[a-z_]+$/.test(issue.message) ? issue.message : issue.code
    const problem = { code: key, message: translate(`field.${key}`) }
    fields[path] = [...(fields[path] ?? []), problem]
  }
  return fields
}
