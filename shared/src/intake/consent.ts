import { z } from 'zod'
import type { CheckState } from './records'

/**
 * A consent is the visitor's answer, 同意あり (agreed) or 同意なし (declined): not a document staff
 * check. Intakes made before this distinction kept consents among the document checks
 * (確認済 / なし / 対象外); those are read here so an old record, on a tablet or already queued
 * for the server, is judged the same way everywhere: 確認済 → agreed, なし → declined, 対象外 →
 * unanswered (no one may waive a consent for the visitor, so it is asked again).
 */
export const CONSENT_ANSWERS = ['agreed', 'declined'] as const
export const ConsentAnswer = z.enum(CONSENT_ANSWERS)
export type ConsentAnswer = z.infer<typeof ConsentAnswer>

export type WithConsents = { checks: Record<string, CheckState>; consents?: Record<string, ConsentAnswer> }

/** A legacy check state as a consent answer (see above). */
export function consentFromCheck(state: CheckState | undefined): ConsentAnswer | undefined {
  return state === 'ok' ? 'agreed' : state === 'missing' ? 'declined' : undefined
}

export function consentOf(intake: WithConsents, itemId: string): ConsentAnswer | undefined {
  return intake.consents?.[itemId] ?? consentFromCheck(intake.checks[itemId])
}

/**
 * An intake in the current shape: consents moved out of `checks` into `consents`. For the device's
 * database upgrade; the server keeps whatever shape arrived and reads it through `consentOf`.
 */
export function withConsentsMoved<T extends WithConsents>(intake: T, consentIds: readonly string[]): T {
  const checks = { ...intake.checks }
  const consents = { ...intake.consents }
  for (const id of consentIds) {
    if (!(id in checks)) continue
    const answer = consents[id] ?? consentFromCheck(checks[id])
    if (answer) consents[id] = answer
    delete checks[id]
  }
  return { ...intake, checks, consents }
}
