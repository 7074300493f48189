import type { Db } from '../db/open'
import { stmt } from '../db/statements'

export interface CorrectionRow {
  id: string
  session_id: string
  intake_id: string
  visitor_no: number
  data: string
  received_at: string
  status: 'open' | 'applied' | 'dismissed'
  resolved_at: string | null
  resolved_by_name: string | null
  resolution: string | null
  /** The session's date and site, for the list across sessions. */
  date: string | null
  site_id: string | null
}

const SELECT = `
  SELECT c.id, c.session_id, c.intake_id, c.visitor_no, c.data, c.received_at, c.status, c.resolved_at,
    c.resolution, st.display_name AS resolved_by_name, s.date, s.site_id
  FROM outreach_corrections c
  LEFT JOIN staff st ON st.id = c.resolved_by
  LEFT JOIN outreach_sessions s ON s.id = c.session_id`

export function correctionsOfSession(db: Db, sessionId: string): CorrectionRow[] {
  return stmt(db, `${SELECT} WHERE c.session_id = ? ORDER BY c.visitor_no, c.received_at`).all(
    sessionId,
  ) as CorrectionRow[]
}

export function openCorrections(db: Db, limit: number): CorrectionRow[] {
  return stmt(db, `${SELECT} WHERE c.status = 'open' ORDER BY c.received_at LIMIT ?`).all(
    limit,
  ) as CorrectionRow[]
}

export function findCorrection(db: Db, id: string): CorrectionRow | undefined {
  return stmt(db, `${SELECT} WHERE c.id = ?`).get(id) as CorrectionRow | undefined
}

/** Resolve an open request; false when it was resolved meanwhile (someone else got there first). */
export function resolveOpen(
  db: Db,
  id: string,
  change: { status: 'applied' | 'dismissed'; resolvedBy: string; resolvedAt: string; resolution: string },
): boolean {
  return (
    stmt(
      db,
      `UPDATE outreach_corrections SET status = @status, resolved_by = @resolvedBy, resolved_at = @resolvedAt,
         resolution = @resolution WHERE id = @id AND status = 'open'`,
    ).run({ id, ...change }).changes === 1
  )
}
