import {
  DEVICE_AUDIT_ENTITY,
  type DeviceAuditRequest,
  type DeviceAuditResponse,
  isOutOfClockRange,
} from '@madoguchi/shared'
import { audited } from '../audit/unit'
import type { StaffSession } from '../auth/session'
import type { Deps } from '../deps'
import { noteDeviceStaff, usesDevice } from '../devices/queries'
import { actedByOf } from './acted-by'
import { claimEntry, recordsKnownTo } from './device-audit-queries'

/** Refused entries named in the refusal's audit row (the count says how many in all). */
const REFUSED_LISTED = 50

/**
 * Write a tablet's audit trail (staff opening a visitor's record there) into audit_log: the actor is
 * the signed-in account, `actedBy` the staff member who unlocked the tablet, `at` the device's time.
 * Each entry is stored once by its id, so a batch resent after a lost answer adds nothing. A time out
 * of range (a tablet clock far ahead, or implausibly old) never refuses the batch, which stopped
 * every later pass: that entry is stored at the server's time with the device's claim beside it.
 * `actedBy` is kept only when it names a staff member known to use this tablet (devices/).
 *
 * An entry naming a record the server never had and the device never listed is not written as a read
 * of that record: a person's access history is built from these rows, and one naming a record that
 * does not exist is either forged or unverifiable. It is refused alone, never with its batch (the
 * device drops it on the 2xx, so no pass stalls on it), and leaves one `sync_read_refused` row on the
 * device with the entry and record ids, so a tampered or broken tablet is still seen (docs/sync.md).
 */
export function storeDeviceAudit(
  deps: Deps,
  session: StaffSession,
  request: DeviceAuditRequest,
): DeviceAuditResponse {
  const now = deps.now()
  const receivedAt = now.toISOString()
  noteDeviceStaff(deps.db, request.deviceId, session.user.id, receivedAt)
  const atOf = (at: string) =>
    isOutOfClockRange(at, now) ? { at: now, claimed: { deviceAt: at } } : { at: new Date(at) }
  let corrected = 0
  const known = recordsKnownTo(deps.db, request.deviceId)
  // One row per entry, at the device's time (unit.record with `at`), so `entry` is null.
  return audited(deps, session, null, (unit) => {
    let stored = 0
    const refused: { entryId: string; entity: string; recordId: string }[] = []
    for (const entry of request.entries) {
      if (!claimEntry(deps.db, entry.id, request.deviceId, receivedAt)) continue
      const entity = DEVICE_AUDIT_ENTITY[entry.action]
      // The session is named in the row too: it must be as real as the record.
      if (!known(entity, entry.recordId) || !known('outreach_session', entry.sessionId)) {
        refused.push({ entryId: entry.id, entity, recordId: entry.recordId })
        continue
      }
      const time = atOf(entry.at)
      if (time.claimed) corrected++
      const actedBy =
        entry.actedBy && usesDevice(deps.db, request.deviceId, entry.actedBy) ? entry.actedBy : undefined
      unit.record(
        {
          action: 'sync_read',
          entity,
          entityId: entry.recordId,
          detail: {
            entryId: entry.id,
            deviceId: request.deviceId,
            sessionId: entry.sessionId,
            ...actedByOf(deps, { actedBy }),
            ...time.claimed,
          },
        },
        time.at,
      )
      stored++
    }
    if (refused.length > 0) {
      unit.record({
        action: 'sync_read_refused',
        entity: 'device',
        entityId: request.deviceId,
        detail: {
          count: refused.length,
          reason: 'unknown_record',
          entryIds: refused.slice(0, REFUSED_LISTED).map((r) => r.entryId),
          records: refused.slice(0, REFUSED_LISTED).map((r) => `${r.entity}:${r.recordId}`),
        },
      })
    }
    const unrecorded = request.unrecorded
    if (unrecorded && claimEntry(deps.db, unrecorded.id, request.deviceId, receivedAt)) {
      // What the device could not itemise (its queue was full) still leaves a trace: how many, when.
      const time = atOf(unrecorded.to)
      unit.record(
        {
          action: 'sync_read_unrecorded',
          entity: 'device',
          entityId: request.deviceId,
          detail: { entryId: unrecorded.id, count: unrecorded.count, from: unrecorded.from, ...time.claimed },
        },
        time.at,
      )
    }
    return {
      stored,
      duplicate: request.entries.length - stored - refused.length,
      ...(corrected ? { corrected } : {}),
      ...(refused.length ? { refused: refused.length } : {}),
    }
  })
}
