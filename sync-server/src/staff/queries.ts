import type { Role, StaffAccount } from '@madoguchi/shared'
import type { Db } from '../db/open'

interface AccountRow {
  id: string
  login_id: string
  display_name: string
  role: Role
  department: string | null
  active: number
  created_at: string
  disabled_at: string | null
}

// When an account was disabled is read from the audit log, which already records it; the staff
// table keeps only the flag every session check reads.
const SELECT = `SELECT s.id, s.login_id, s.display_name, s.role, s.department, s.active, s.created_at,
  CASE WHEN s.active = 0 THEN (SELECT max(a.at) FROM audit_log a
    WHERE a.entity = 'staff' AND a.entity_id = s.id AND a.action = 'staff.disable') END AS disabled_at
  FROM staff s`

function toAccount(row: AccountRow): StaffAccount {
  return {
    id: row.id,
    loginId: row.login_id,
    displayName: row.display_name,
    role: row.role,
    department: row.department,
    active: row.active === 1,
    createdAt: row.created_at,
    disabledAt: row.disabled_at,
  }
}

export function listAccounts(db: Db): StaffAccount[] {
  return (db.prepare(`${SELECT} ORDER BY s.active DESC, s.login_id`).all() as AccountRow[]).map(toAccount)
}

export function findAccount(db: Db, id: string): StaffAccount | undefined {
  const row = db.prepare(`${SELECT} WHERE s.id = ?`).get(id) as AccountRow | undefined
  return row && toAccount(row)
}

export function loginIdTaken(db: Db, loginId: string): boolean {
  return db.prepare('SELECT 1 FROM staff WHERE login_id = ?').pluck().get(loginId) !== undefined
}

/** Active administrators other than this account: the last one may not be disabled or demoted. */
export function otherActiveAdmins(db: Db, id: string): number {
  return db
    .prepare("SELECT count(*) FROM staff WHERE role = 'admin' AND active = 1 AND id <> ?")
    .pluck()
    .get(id) as number
}

export function departmentExists(db: Db, name: string): boolean {
  return db.prepare('SELECT 1 FROM departments WHERE name = ?').pluck().get(name) !== undefined
}

export function updateRole(db: Db, id: string, role: Role, department: string | null): void {
  db.prepare('UPDATE staff SET role = ?, department = ? WHERE id = ?').run(role, department, id)
}

export function updateActive(db: Db, id: string, active: boolean): void {
  db.prepare('UPDATE staff SET active = ? WHERE id = ?').run(active ? 1 : 0, id)
}

export function updatePasswordHash(db: Db, id: string, hash: string): void {
  db.prepare('UPDATE staff SET password_hash = ? WHERE id = ?').run(hash, id)
}

/** The departments a city account may be given, in the list's order. */
export function departmentNames(db: Db): string[] {
  return db
    .prepare('SELECT name FROM departments WHERE active = 1 ORDER BY position, name')
    .pluck()
    .all() as string[]
}
