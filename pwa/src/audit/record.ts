import { type DeviceAuditAction, newId } from '@madoguchi/shared'
import { serverNow } from '../app/clock'
import { currentActor } from '../db/actor'
import { db } from '../db/schema'
import { AUDIT_QUEUE_LIMIT, countUnrecorded, type ReadKey, readKey, shouldRecord } from './trail'

const recent = new Map<ReadKey, number>()

/**
 * Note that the staff member at the tablet opened a visitor's record: ids only, queued in
 * `db.auditTrail` until the sync sends it (see sync in engine.ts). Not through db/records.ts: an
 * entry is not a record and has no outbox entry; it is sent as it is and deleted once the server has it.
 */
export async function recordRead(
  action: DeviceAuditAction,
  recordId: string,
  sessionId: string,
): Promise<void> {
  const actedBy = currentActor()
  const now = serverNow() // a fast tablet's own time would be stored as the server's, not its own
  if (!shouldRecord(recent, readKey(action, recordId, actedBy), now.getTime())) return
  const at = now.toISOString()
  await db.transaction('rw', db.auditTrail, db.meta, async () => {
    if ((await db.auditTrail.count()) < AUDIT_QUEUE_LIMIT) {
      await db.auditTrail.add({
        id: newId(),
        at,
        action,
        recordId,
        sessionId,
        ...(actedBy ? { actedBy } : {}),
      })
      return
    }
    const held = await db.meta.get('auditUnrecorded')
    const value = countUnrecorded(held?.key === 'auditUnrecorded' ? held.value : undefined, at, newId)
    await db.meta.put({ key: 'auditUnrecorded', value })
  })
}
