import type { Role, SessionUser } from '@madoguchi/shared'
import type { Db } from '../db/open'
import { stmt } from '../db/statements'

interface StaffRow {
  id: string
  login_id: string
  display_name: string
  role: Role
  department: string | null
  password_hash: string
  active: number
}

export interface SessionRow {
  token_hash: string
  staff_id: string
  csrf_token: string
  expires_at: string
}

export function toSessionUser(
  row: Pick<StaffRow, 'id' | 'login_id' | 'display_name' | 'role' | 'department'>,
): SessionUser {
  return {
    id: row.id,
    loginId: row.login_id,
    displayName: row.display_name,
    role: row.role,
    department: row.department,
  }
}

/** Whether a staff id names a staff member (active or not: past work stays attributable). */
export function staffExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM staff WHERE id = ?').pluck().get(id) !== undefined
}

export function findStaffByLoginId(db: Db, loginId: string): StaffRow | undefined {
  return db.prepare('SELECT * FROM staff WHERE login_id = ?').get(loginId) as StaffRow | undefined
}

export function insertStaff(
  db: Db,
  staff: {
    id: string
    loginId: string
    displayName: string
    role: Role
    department?: string | null
    passwordHash: string
    createdAt: string
  },
): void {
  db.prepare(
    `INSERT INTO staff (id, login_id, display_name, role, department, password_hash, created_at)
     VALUES (@id, @loginId, @displayName, @role, @department, @passwordHash, @createdAt)`,
  ).run({ department: null, ...staff })
}

export function countStaff(db: Db): number {
  return db.prepare('SELECT count(*) FROM staff').pluck().get() as number
}

export function insertSession(db: Db, s: SessionRow & { created_at: string }): void {
  db.prepare(
    `INSERT INTO staff_sessions (token_hash, staff_id, csrf_token, created_at, expires_at)
     VALUES (@token_hash, @staff_id, @csrf_token, @created_at, @expires_at)`,
  ).run(s)
}

export function findLiveSession(
  db: Db,
  tokenHash: string,
  nowIso: string,
): (SessionRow & Pick<StaffRow, 'login_id' | 'display_name' | 'role' | 'department'>) | undefined {
  // Every API request runs this, so the statement is compiled once.
  return stmt(
    db,
    `SELECT s.token_hash, s.staff_id, s.csrf_token, s.expires_at, st.login_id, st.display_name, st.role,
            st.department
     FROM staff_sessions s JOIN staff st ON st.id = s.staff_id
     WHERE s.token_hash = ? AND s.expires_at > ? AND st.active = 1`,
  ).get(tokenHash, nowIso) as never
}

export function sessionHashesOf(db: Db, staffId: string): string[] {
  return db
    .prepare('SELECT token_hash FROM staff_sessions WHERE staff_id = ?')
    .pluck()
    .all(staffId) as string[]
}

export function deleteSession(db: Db, tokenHash: string): void {
  db.prepare('DELETE FROM staff_sessions WHERE token_hash = ?').run(tokenHash)
}

export function deleteExpiredSessions(db: Db, nowIso: string): number {
  return db.prepare('DELETE FROM staff_sessions WHERE expires_at <= ?').run(nowIso).changes
}
