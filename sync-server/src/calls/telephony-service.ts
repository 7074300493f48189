import { type CtiEvent, newId, normalisePhone } from '@madoguchi/shared'
import { audited } from '../audit/unit'
import { stmt } from '../db/statements'
import type { Deps } from '../deps'
import { callEvent } from './queries'

/**
 * One incoming-call event from a telephone service. Each delivery is applied once: the event id is
 * recorded in the same transaction, so the same event twice logs one call. The steps of a call may
 * arrive in any order; each fills in its own instant.
 *
 * ringing: the call starts (it counts as 入電 from this instant). answered: the operator whose login ID
 * the service names gets it on their desk. ended: the line is free; a call never answered is closed
 * as dropped (it counts against the answer rate), an answered one waits for the operator's log.
 */
export function receiveEvent(
  deps: Deps,
  provider: string,
  event: CtiEvent,
): { callId: string; duplicate: boolean } {
  const now = deps.now().toISOString()
  return audited(deps, null, null, (unit) => {
    const seen = stmt(deps.db, 'SELECT call_id FROM cti_events WHERE provider = ? AND event_id = ?').get(
      provider,
      event.eventId,
    ) as { call_id: string } | undefined
    if (seen) return { callId: seen.call_id, duplicate: true }
    let call = stmt(deps.db, 'SELECT * FROM calls WHERE provider = ? AND provider_call_id = ?').get(
      provider,
      event.callId,
    ) as { id: string; answered_at: string | null; status: string } | undefined
    if (!call) {
      const id = newId()
      stmt(
        deps.db,
        `INSERT INTO calls (id, status, source, provider, provider_call_id, line, caller_phone, ringing_at, started_at)
         VALUES (?, 'open', 'cti', ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        provider,
        event.callId,
        event.line ?? null,
        event.from ? normalisePhone(event.from) : null,
        event.type === 'call.ringing' ? event.at : null,
        event.at,
      )
      callEvent(deps.db, id, now, null, 'rang', { provider })
      call = { id, answered_at: null, status: 'open' }
    }
    if (event.type === 'call.answered') {
      const operator = event.operator
        ? (stmt(deps.db, 'SELECT id FROM staff WHERE login_id = ? AND active = 1').get(event.operator) as
            | { id: string }
            | undefined)
        : undefined
      stmt(
        deps.db,
        'UPDATE calls SET answered_at = ?, operator_id = COALESCE(?, operator_id), version = version + 1 WHERE id = ?',
      ).run(event.at, operator?.id ?? null, call.id)
      callEvent(deps.db, call.id, now, null, 'answered', { operatorKnown: operator !== undefined })
    }
    if (event.type === 'call.ended') {
      const answered = stmt(deps.db, 'SELECT answered_at FROM calls WHERE id = ?').get(call.id) as {
        answered_at: string | null
      }
      if (answered.answered_at) {
        const talk = Math.max(0, Math.round((Date.parse(event.at) - Date.parse(answered.answered_at)) / 1000))
        stmt(
          deps.db,
          'UPDATE calls SET ended_at = ?, talk_seconds = COALESCE(talk_seconds, ?), version = version + 1 WHERE id = ?',
        ).run(event.at, talk, call.id)
      } else {
        stmt(
          deps.db,
          `UPDATE calls SET ended_at = ?, status = 'closed', outcome = 'dropped', talk_seconds = 0, closed_at = ?,
             version = version + 1 WHERE id = ? AND status = 'open'`,
        ).run(event.at, now, call.id)
      }
      callEvent(deps.db, call.id, now, null, 'ended')
    }
    stmt(
      deps.db,
      'INSERT INTO cti_events (provider, event_id, call_id, type, at, received_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(provider, event.eventId, call.id, event.type, event.at, now)
    unit.record({
      action: `telephony.${event.type}`,
      entity: 'call',
      entityId: call.id,
      detail: { provider },
    })
    return { callId: call.id, duplicate: false }
  })
}
