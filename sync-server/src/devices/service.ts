import { can, type DeviceInventory, type DeviceList, type InventoryItem, type Role } from '@madoguchi/shared'
import type { StaffSession } from '../auth/session'
import type { Deps } from '../deps'
import { activeRoleOf, listInventories, noteDeviceStaff, storeInventory } from './queries'

/**
 * The tablets' inventories: each sync pass reports what the device holds unsent (ids and counts) and
 * any unsent work its browser destroyed, so the office sees a loss within one sync and which
 * sessions it touched. Nothing personal is received or shown, so nothing here is a read to audit.
 */
export function receiveInventory(
  deps: Deps,
  session: StaffSession,
  report: DeviceInventory,
): { stored: true } {
  const at = deps.now().toISOString()
  deps.db.transaction(() => {
    storeInventory(deps.db, report, session.user.id, at)
    // The account syncing, and the staff with their own PIN here, may be named as the one at it.
    // The roster is the device's word: it can name only active staff who run tablets (a PIN is set
    // in the tablet's own mode, which only they see), never an operator or a city account.
    noteDeviceStaff(deps.db, report.deviceId, session.user.id, at)
    for (const staffId of report.roster ?? []) {
      const role = activeRoleOf(deps.db, staffId)
      if (role && can(role as Role, 'sync.device')) noteDeviceStaff(deps.db, report.deviceId, staffId, at)
    }
  })()
  return { stored: true }
}

const sessionsOf = (items: InventoryItem[]) => [
  ...new Set(items.flatMap((i) => (i.sessionId ? [i.sessionId] : []))),
]
const count = (items: InventoryItem[], photo: boolean) => items.filter((i) => i.photo === photo).length

export function listDevices(deps: Deps): DeviceList {
  return {
    devices: listInventories(deps.db).map((row) => {
      const items = JSON.parse(row.items) as InventoryItem[]
      const lost = row.lost ? (JSON.parse(row.lost) as NonNullable<DeviceInventory['lost']>) : null
      return {
        deviceId: row.device_id,
        staffName: row.staff_name,
        reportedAt: row.reported_at,
        unsent: { records: row.unsent_records, photos: row.unsent_photos },
        sessions: sessionsOf(items),
        lost: lost && {
          noticedAt: lost.noticedAt,
          wiped: lost.wiped,
          records: count(lost.items, false),
          photos: count(lost.items, true),
          sessions: sessionsOf(lost.items),
        },
      }
    }),
  }
}
