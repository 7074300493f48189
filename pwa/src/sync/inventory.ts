import { type DeviceInventory, INVENTORY_MAX_ITEMS, InventoryReceipt } from '@madoguchi/shared'
import { api, timeoutFor } from '../app/api'
import { db } from '../db/schema'
import { settleDeviceLoss, takeStock, unsentItems } from './marker'
import { settings } from './settings'

/**
 * Tell the server what this device holds unsent (ids and counts, nothing personal) and any unsent
 * work its browser destroyed, so the office knows within one sync (server: devices/).
 */
export async function reportInventory(device: string): Promise<void> {
  const marker = await takeStock()
  const items = await unsentItems()
  const photos = items.filter((i) => i.photo).length
  const lost = marker?.lost
  const pins = await db.meta.get('pins')
  const roster = pins?.key === 'pins' ? pins.value.map((p) => p.staffId).slice(0, 50) : []
  const report: DeviceInventory = {
    deviceId: device,
    at: new Date().toISOString(),
    unsent: { records: items.length - photos, photos },
    items: items.slice(0, INVENTORY_MAX_ITEMS),
    ...(roster.length ? { roster } : {}),
    ...(lost && !lost.reported
      ? {
          lost: {
            noticedAt: lost.noticedAt,
            wiped: lost.wiped,
            items: lost.items.slice(0, INVENTORY_MAX_ITEMS),
          },
        }
      : {}),
  }
  await api('/api/devices/inventory', {
    method: 'POST',
    body: report,
    schema: InventoryReceipt,
    timeoutMs: timeoutFor(JSON.stringify(report).length, settings.timeoutBaseMs),
  })
  if (report.lost) settleDeviceLoss({ reported: true })
}
