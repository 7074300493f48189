import type { Db } from '../db/open'
import { stmt } from '../db/statements'

export interface SessionRow {
  id: string
  site_id: string
  date: string
  data: string
  received_at: string
  site_data: string | null
  intakes: number
  notes: number
  photos: number
  last_received_at: string
  open_corrections: number
  /** Who ended the session (実施回を終える), when the id names a staff member the server knows. */
  ended_by_name: string | null
}

const SESSION_SELECT = `
  SELECT s.id, s.site_id, s.date, s.data, s.received_at, site.data AS site_data,
    (SELECT count(*) FROM intakes i WHERE i.session_id = s.id) AS intakes,
    (SELECT count(*) FROM consultation_notes n WHERE n.session_id = s.id) AS notes,
    (SELECT count(*) FROM photos p WHERE p.session_id = s.id) AS photos,
    (SELECT count(*) FROM outreach_corrections c WHERE c.session_id = s.id AND c.status = 'open') AS open_corrections,
    (SELECT display_name FROM staff st WHERE st.id = json_extract(s.data, '$.endedBy')) AS ended_by_name,
    max(s.received_at,
      coalesce((SELECT max(received_at) FROM intakes i WHERE i.session_id = s.id), ''),
      coalesce((SELECT max(received_at) FROM consultation_notes n WHERE n.session_id = s.id), ''),
      coalesce((SELECT max(received_at) FROM photos p WHERE p.session_id = s.id), '')) AS last_received_at
  FROM outreach_sessions s LEFT JOIN sites site ON site.id = s.site_id`

export function listSessions(db: Db, limit: number): SessionRow[] {
  return stmt(db, `${SESSION_SELECT} ORDER BY s.date DESC, s.id DESC LIMIT ?`).all(limit) as SessionRow[]
}

export function findSession(db: Db, id: string): SessionRow | undefined {
  return stmt(db, `${SESSION_SELECT} WHERE s.id = ?`).get(id) as SessionRow | undefined
}

export interface RecordRow {
  id: string
  data: string
  version: number
  received_at: string
}

export function recordsOfSession(
  db: Db,
  table: 'intakes' | 'consultation_notes' | 'photos',
  sessionId: string,
): RecordRow[] {
  const order = table === 'intakes' ? 'visitor_no, id' : 'id'
  return stmt(
    db,
    `SELECT id, data, version, received_at FROM ${table} WHERE session_id = ? ORDER BY ${order}`,
  ).all(sessionId) as RecordRow[]
}

/** Every checklist template version the server holds (a handful: they change a few times a year). */
export function allTemplates(db: Db): string[] {
  return stmt(db, 'SELECT data FROM checklist_templates ORDER BY id, version').pluck().all() as string[]
}

/** What the checklist rule needs of a session's photos and notes: which intake each belongs to. */
export function heldOfSession(
  db: Db,
  sessionId: string,
): { photos: { intakeId: string }[]; notes: { intakeId: string | null }[] } {
  return {
    photos: stmt(db, 'SELECT intake_id AS intakeId FROM photos WHERE session_id = ?').all(sessionId) as {
      intakeId: string
    }[],
    notes: stmt(db, 'SELECT intake_id AS intakeId FROM consultation_notes WHERE session_id = ?').all(
      sessionId,
    ) as { intakeId: string | null }[],
  }
}

/** The SHA-256 of a photo whose metadata arrived; its bytes are read from the photo store by hash. */
export function photoSha(db: Db, photoId: string): string | undefined {
  return stmt(db, 'SELECT sha256 FROM photos WHERE id = ?').pluck().get(photoId) as string | undefined
}
