import type { InventoryItem } from '@madoguchi/shared'
import type { Db } from '../db/open'
import { stmt } from '../db/statements'
import { ownerOf } from './ownership'

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

/**
 * Which records a device audit entry may name: those the server holds or held (the audit row that
 * first brought each here, which a deletion does not remove: ownership.ts), and those the device's
 * newest inventory lists as unsent or lost (a record the server refused and staff are still fixing,
 * read before it arrives), with the sessions they hang on. Built lazily: the inventory is read only for an id the server lacks.
 */
export function recordsKnownTo(db: Db, deviceId: string): (entity: string, id: string) => boolean {
  let listed: Set<string> | undefined
  const key = (entity: string, id: string) => `${entity}:${id}`
  return (entity, id) => {
    if (ownerOf(db, entity, id)) return true
    listed ??= new Set(
      inventoryItems(db, deviceId).flatMap((i) => [
        key(i.entity, i.id),
        ...(i.sessionId ? [key('outreach_session', i.sessionId)] : []),
      ]),
    )
    return listed.has(key(entity, id))
  }
}

function inventoryItems(db: Db, deviceId: string): InventoryItem[] {
  const row = stmt(db, 'SELECT items, lost FROM device_inventory WHERE device_id = ?').get(deviceId) as
    | { items: string; lost: string | null }
    | undefined
  if (!row) return []
  const lost = row.lost ? (JSON.parse(row.lost) as { items: InventoryItem[] }).items : []
  return [...(JSON.parse(row.items) as InventoryItem[]), ...lost]
}
