import type {
  CorrectionRequestRecord,
  ResolveCorrectionRequest,
  ReviewCorrection,
  ReviewCorrectionList,
} from '@madoguchi/shared'
import { audited } from '../audit/unit'
import type { StaffSession } from '../auth/session'
import type { Deps } from '../deps'
import { AppError } from '../errors'
import { type CorrectionRow, findCorrection, openCorrections, resolveOpen } from './correction-queries'

/**
 * 訂正依頼: a tablet's request to correct a visitor it already sent and cleared. Filing goes by the
 * sync push (entity `correction_request`: made offline, sent exactly once, owned by the tablet that
 * sent it). The office resolves it here: it applies the correction where the record is kept and says
 * what it changed (`applied`), or finds nothing to change (`dismissed`). The intake record itself is
 * not rewritten by the server: its versions are raised by the tablet alone (sync invariant: the
 * highest version wins), so a server-made version would be overwritten, or would silence, a later
 * edit from the tablet. Every read and the resolution are audited with the request's and the
 * visitor's ids.
 */
export function correctionOf(row: CorrectionRow): ReviewCorrection {
  const data = JSON.parse(row.data) as CorrectionRequestRecord
  return {
    id: row.id,
    intakeId: row.intake_id,
    visitorNo: row.visitor_no,
    topic: data.topic,
    text: data.text,
    filedAt: data.createdAt,
    status: row.status,
    resolvedAt: row.resolved_at,
    resolvedByName: row.resolved_by_name,
    resolution: row.resolution,
  }
}

/** The open requests of every session, oldest first (the office works through them in order). */
export function listOpenCorrections(deps: Deps, session: StaffSession): ReviewCorrectionList {
  return audited(deps, session, { action: 'view', entity: 'correction_request_list' }, (unit) => {
    const rows = openCorrections(deps.db, 500)
    unit.note({ count: rows.length })
    unit.carried(rows.map((r) => r.id))
    return {
      corrections: rows.map((row) => ({
        ...correctionOf(row),
        sessionId: row.session_id,
        date: row.date,
        siteId: row.site_id,
      })),
    }
  })
}

export function resolveCorrection(
  deps: Deps,
  session: StaffSession,
  id: string,
  body: ResolveCorrectionRequest,
): ReviewCorrection {
  const entry = { action: 'correction_resolve', entity: 'correction_request', entityId: id }
  return audited(deps, session, entry, (unit) => {
    const row = findCorrection(deps.db, id)
    if (!row) throw new AppError('not_found')
    const done = resolveOpen(deps.db, id, {
      status: body.status,
      resolvedBy: session.user.id,
      resolvedAt: deps.now().toISOString(),
      resolution: body.resolution,
    })
    // Resolved by a colleague meanwhile: what they did stands, and the caller is told so.
    if (!done) throw new AppError('conflict')
    // Ids only in the row: the request, its visitor and session, and what became of it.
    unit.note({ status: body.status, intakeId: row.intake_id, sessionId: row.session_id })
    unit.carried([id, row.intake_id])
    return correctionOf(findCorrection(deps.db, id) as CorrectionRow)
  })
}
