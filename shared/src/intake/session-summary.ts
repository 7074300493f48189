import type { IntakePurpose, SessionEndSummary } from './records'

/** The purposes that are an application taken at the pop-up (the rest are a photo, a question…). */
export const SESSION_APPLICATION_PURPOSES: readonly IntakePurpose[] = [
  'new_application',
  'renewal',
  'reissue_after_loss',
]

/** One visitor as the session summary counts them: what they came for and whether they are complete. */
export interface VisitorOutcome {
  /** Unknown for a visitor cleared from the tablet before receipts kept the purpose. */
  purpose?: IntakePurpose
  complete: boolean
}

/**
 * The summary shown when a session ends (実施回を終える) and stored with it: the tablet counts the
 * visitors it holds and those already sent and cleared, the server the ones that arrived, with this
 * one rule, so the two can be compared number by number.
 */
export function summariseSession(
  visitors: readonly VisitorOutcome[],
  photos: number,
  consultations: number,
): SessionEndSummary {
  let applications = 0
  let incomplete = 0
  for (const v of visitors) {
    if (!v.complete) incomplete++
    else if (v.purpose && SESSION_APPLICATION_PURPOSES.includes(v.purpose)) applications++
  }
  return { served: visitors.length, applications, photos, consultations, incomplete }
}
