import {
  DEVICE_AUDIT_ENTITY,
  type DeviceAuditRequest,
  type DeviceAuditResponse,
  type FieldProblem,
  isAheadOfClock,
  type Lang,
} from '@madoguchi/shared'
import { audited } from '../audit/unit'
import type { StaffSession } from '../auth/session'
import type { Deps } from '../deps'
import { AppError, fieldProblem } from '../errors'
import { actedByOf } from './acted-by'
import { claimEntry } from './device-audit-queries'

/**
 * Write a tablet's audit trail (staff opening a visitor's record there) into audit_log: the actor is
 * the signed-in account, `actedBy` the staff member who unlocked the tablet, `at` the device's time.
 * Each entry is stored once by its id, so a batch resent after a lost answer adds nothing. The batch
 * is one transaction: refused whole (422) when any time is further ahead than clock drift explains,
 * since the device keeps what was refused and a time ahead is accepted once real time catches up.
 */
export function storeDeviceAudit(
  deps: Deps,
  session: StaffSession,
  request: DeviceAuditRequest,
  lang: Lang,
): DeviceAuditResponse {
  const now = deps.now()
  refuseFutureTimes(request, now, lang)
  const receivedAt = now.toISOString()
  // One row per entry, at the device's time (unit.record with `at`), so `entry` is null.
  return audited(deps, session, null, (unit) => {
    let stored = 0
    for (const entry of request.entries) {
      if (!claimEntry(deps.db, entry.id, request.deviceId, receivedAt)) continue
      unit.record(
        {
          action: 'sync_read',
          entity: DEVICE_AUDIT_ENTITY[entry.action],
          entityId: entry.recordId,
          detail: {
            entryId: entry.id,
            deviceId: request.deviceId,
            sessionId: entry.sessionId,
            ...actedByOf(deps, entry),
          },
        },
        new Date(entry.at),
      )
      stored++
    }
    const unrecorded = request.unrecorded
    if (unrecorded && claimEntry(deps.db, unrecorded.id, request.deviceId, receivedAt)) {
      // What the device could not itemise (its queue was full) still leaves a trace: how many, when.
      unit.record(
        {
          action: 'sync_read_unrecorded',
          entity: 'device',
          entityId: request.deviceId,
          detail: { entryId: unrecorded.id, count: unrecorded.count, from: unrecorded.from },
        },
        new Date(unrecorded.to),
      )
    }
    return { stored, duplicate: request.entries.length - stored }
  })
}

function refuseFutureTimes(request: DeviceAuditRequest, now: Date, lang: Lang): void {
  const fields: Record<string, FieldProblem[]> = {}
  request.entries.forEach((entry, i) => {
    if (isAheadOfClock(entry.at, now)) fields[`entries.${i}.at`] = [fieldProblem(lang, 'ahead_of_clock')]
  })
  const unrecorded = request.unrecorded
  for (const key of ['from', 'to'] as const) {
    if (unrecorded && isAheadOfClock(unrecorded[key], now)) {
      fields[`unrecorded.${key}`] = [fieldProblem(lang, 'ahead_of_clock')]
    }
  }
  if (Object.keys(fields).length > 0) throw new AppError('validation_failed', fields)
}
