import { DEVICE_AUDIT_BATCH, DeviceAuditResponse, newId } from '@madoguchi/shared'
import { api } from '../app/api'
import { db } from '../db/schema'
import { unrecordedAfter } from './trail'

/**
 * Send the queued audit trail, oldest first, in batches. An entry leaves the device only after the
 * server answered 2xx (it then holds it, once, by its id); any failure rejects, leaving the queue as
 * it was for the next pass. A 422 for a time ahead of the server's clock clears itself as time passes.
 */
export async function sendAuditTrail(deviceId: string): Promise<void> {
  while (true) {
    const entries = await db.auditTrail.orderBy('id').limit(DEVICE_AUDIT_BATCH).toArray()
    const held = await db.meta.get('auditUnrecorded')
    const unrecorded = held?.key === 'auditUnrecorded' ? held.value : undefined
    if (entries.length === 0 && !unrecorded) return
    await api('/api/sync/audit', {
      method: 'POST',
      body: { deviceId, entries, ...(unrecorded ? { unrecorded } : {}) },
      schema: DeviceAuditResponse,
    })
    await db.transaction('rw', db.auditTrail, db.meta, async () => {
      await db.auditTrail.bulkDelete(entries.map((e) => e.id))
      if (!unrecorded) return
      const now = await db.meta.get('auditUnrecorded')
      const left = unrecordedAfter(now?.key === 'auditUnrecorded' ? now.value : undefined, unrecorded, newId)
      if (left) await db.meta.put({ key: 'auditUnrecorded', value: left })
      else await db.meta.delete('auditUnrecorded')
    })
    if (entries.length < DEVICE_AUDIT_BATCH) return
  }
}
