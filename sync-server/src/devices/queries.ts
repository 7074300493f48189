import type { DeviceInventory } from '@madoguchi/shared'
import type { Db } from '../db/open'
import { stmt } from '../db/statements'

export interface InventoryRow {
  device_id: string
  staff_name: string | null
  reported_at: string
  unsent_records: number
  unsent_photos: number
  items: string
  lost: string | null
  lost_at: string | null
}

/** Keep the device's newest report; a loss stays until a newer loss replaces it. */
export function storeInventory(db: Db, report: DeviceInventory, staffId: string, receivedAt: string): void {
  stmt(
    db,
    `INSERT INTO device_inventory
       (device_id, staff_id, reported_at, device_at, unsent_records, unsent_photos, items, lost, lost_at)
     VALUES (@device, @staff, @received, @at, @records, @photos, @items, @lost, @lostAt)
     ON CONFLICT (device_id) DO UPDATE SET
       staff_id = excluded.staff_id, reported_at = excluded.reported_at, device_at = excluded.device_at,
       unsent_records = excluded.unsent_records, unsent_photos = excluded.unsent_photos,
       items = excluded.items,
       lost = coalesce(excluded.lost, device_inventory.lost),
       lost_at = coalesce(excluded.lost_at, device_inventory.lost_at)`,
  ).run({
    device: report.deviceId,
    staff: staffId,
    received: receivedAt,
    at: report.at,
    records: report.unsent.records,
    photos: report.unsent.photos,
    items: JSON.stringify(report.items),
    lost: report.lost ? JSON.stringify(report.lost) : null,
    lostAt: report.lost ? receivedAt : null,
  })
}

export function listInventories(db: Db): InventoryRow[] {
  return stmt(
    db,
    `SELECT d.device_id, s.display_name AS staff_name, d.reported_at, d.unsent_records, d.unsent_photos,
            d.items, d.lost, d.lost_at
       FROM device_inventory d LEFT JOIN staff s ON s.id = d.staff_id
      ORDER BY (d.lost IS NULL), d.reported_at DESC`,
  ).all() as InventoryRow[]
}

/** Note that `staffId` uses the device (first time only). */
export function noteDeviceStaff(db: Db, deviceId: string, staffId: string, at: string): void {
  stmt(
    db,
    `INSERT INTO device_staff (device_id, staff_id, first_seen)
     SELECT ?, id, ? FROM staff WHERE id = ?
     ON CONFLICT (device_id, staff_id) DO NOTHING`,
  ).run(deviceId, at, staffId)
}

export function usesDevice(db: Db, deviceId: string, staffId: string): boolean {
  return (
    stmt(db, 'SELECT 1 FROM device_staff WHERE device_id = ? AND staff_id = ?').get(deviceId, staffId) !==
    undefined
  )
}

/** The role of an active staff member, or undefined (unknown or disabled). */
export function activeRoleOf(db: Db, staffId: string): string | undefined {
  return stmt(db, 'SELECT role FROM staff WHERE id = ? AND active = 1').pluck().get(staffId) as
    | string
    | undefined
}
