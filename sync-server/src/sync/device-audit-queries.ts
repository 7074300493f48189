import type { Db } from '../db/open'
import { stmt } from '../db/statements'

/** Claim a device audit entry id; false when it was stored before (the entry is then skipped). */
export function claimEntry(db: Db, entryId: string, deviceId: string, receivedAt: string): boolean {
  return (
    stmt(
      db,
      `INSERT INTO device_audit_entries (entry_id, device_id, received_at) VALUES (?, ?, ?)
       ON CONFLICT (entry_id) DO NOTHING`,
    ).run(entryId, deviceId, receivedAt).changes === 1
  )
}
