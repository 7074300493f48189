import type { Db } from '../db/open'
import { stmt } from '../db/statements'

/** How long a device stays known without signing in again. */
export const KNOWN_DEVICE_DAYS = 180

export function isKnownDevice(db: Db, tokenHash: string, staffId: string): boolean {
  return (
    stmt(db, 'SELECT 1 FROM known_devices WHERE token_hash = ? AND staff_id = ?').get(tokenHash, staffId) !==
    undefined
  )
}

/** Inside the sign-in transaction: remember (or refresh) the device, and forget long-unused ones. */
export function rememberDevice(db: Db, tokenHash: string, staffId: string, now: Date): void {
  const at = now.toISOString()
  stmt(
    db,
    `INSERT INTO known_devices (token_hash, staff_id, first_seen, last_seen) VALUES (?, ?, ?, ?)
     ON CONFLICT (token_hash, staff_id) DO UPDATE SET last_seen = excluded.last_seen`,
  ).run(tokenHash, staffId, at, at)
  const cutoff = new Date(now.getTime() - KNOWN_DEVICE_DAYS * 86_400_000).toISOString()
  stmt(db, 'DELETE FROM known_devices WHERE last_seen < ?').run(cutoff)
}
