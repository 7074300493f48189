import { FAULT_STATUS, normaliseApplicationFormId, type SessionStatus } from '@madoguchi/shared'
import { audited } from '../audit/unit'
import type { Actor } from '../auth/session'
import { stmt } from '../db/statements'
import type { Deps } from '../deps'
import { findByFormId } from './queries'

/**
 * The pop-up follow-up: each intake of a session that carries a 申請書ID, joined to the imported
 * status. Audited as a read of those applications (their status is a person's data).
 */
export function sessionStatus(deps: Deps, actor: Actor, sessionId: string): SessionStatus {
  return audited(
    deps,
    actor,
    { action: 'status.read', entity: 'outreach_session', entityId: sessionId },
    (unit) => {
      const intakes = stmt(
        deps.db,
        `SELECT id, visitor_no AS visitorNo, json_extract(data, '$.applicationFormId') AS formId
         FROM intakes WHERE session_id = ? ORDER BY visitor_no`,
      ).all(sessionId) as { id: string; visitorNo: number; formId: string | null }[]
      const result: SessionStatus = {
        sessionId,
        intakes: intakes.length,
        withFormId: 0,
        notImported: 0,
        byStatus: {},
        returned: [],
      }
      for (const intake of intakes) {
        if (!intake.formId) continue
        result.withFormId++
        const formId = normaliseApplicationFormId(intake.formId)
        const application = findByFormId(deps.db, formId)
        if (!application) {
          result.notImported++
          continue
        }
        unit.carried(application.id)
        result.byStatus[application.status] = (result.byStatus[application.status] ?? 0) + 1
        if (application.status === FAULT_STATUS)
          result.returned.push({
            intakeId: intake.id,
            visitorNo: intake.visitorNo,
            formId,
            statusDate: application.status_date,
          })
      }
      unit.note({ by: 'session', found: result.withFormId - result.notImported })
      return result
    },
  )
}
