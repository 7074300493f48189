import { newId, type Role } from '@madoguchi/shared'
import { hashPassword } from '../auth/passwords'
import { countStaff, insertStaff } from '../auth/queries'
import type { Db } from '../db/open'

/** Synthetic staff, one per role. The names are invented. */
export const DEMO_STAFF: readonly {
  loginId: string
  displayName: string
  role: Role
  password: string
  department?: string
}[] = [
  { loginId: 'outreach', displayName: '出張 花子', role: 'outreach', password: 'demo-outreach' },
  { loginId: 'operator', displayName: '受付 太郎', role: 'operator', password: 'demo-operator' },
  { loginId: 'supervisor', displayName: '監督 真理', role: 'supervisor', password: 'demo-supervisor' },
  { loginId: 'city', displayName: '市役 一郎', role: 'city', password: 'demo-city', department: '市民課' },
  { loginId: 'admin', displayName: '管理 由美', role: 'admin', password: 'demo-admin' },
]

// Hashed once per process: the tests seed many databases, and scrypt is slow on purpose.
let demoHashes: Promise<string[]> | undefined

/** Seed demo data on an empty database only; returns whether it did. */
export async function seedDemoData(db: Db, now = new Date()): Promise<boolean> {
  if (countStaff(db) > 0) return false
  demoHashes ??= Promise.all(DEMO_STAFF.map((s) => hashPassword(s.password)))
  const hashes = await demoHashes
  const hashed = DEMO_STAFF.map((s, i) => ({ ...s, hash: hashes[i] as string }))
  db.transaction(() => {
    for (const s of hashed) {
      insertStaff(db, {
        id: newId(),
        loginId: s.loginId,
        displayName: s.displayName,
        role: s.role,
        department: s.department ?? null,
        passwordHash: s.hash,
        createdAt: now.toISOString(),
      })
    }
  })()
  return true
}
