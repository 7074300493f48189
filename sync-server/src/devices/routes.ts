import { DeviceInventory, DeviceList, InventoryReceipt } from '@madoguchi/shared'
import { current } from '../auth/current'
import { feature, route } from '../http/route'
import { listDevices, receiveInventory } from './service'

/** Tablets report what they hold unsent; the office sees each tablet's last report and any loss. */
export const devicesFeature = feature('devices', '/api/devices', [
  route({
    method: 'post',
    path: '/inventory',
    permission: 'sync.device',
    summary: "A tablet's inventory: ids and counts of what it holds unsent, and unsent work it lost",
    body: DeviceInventory,
    response: InventoryReceipt,
    maxBodyBytes: 1024 * 1024,
    handler: (c, { body }) => c.json(receiveInventory(c.var.deps, current(c), body)),
  }),
  route({
    method: 'get',
    path: '/',
    permission: 'review.read',
    summary: "Each tablet's last inventory: unsent counts, their sessions, and any reported loss",
    response: DeviceList,
    handler: (c) => c.json(listDevices(c.var.deps)),
  }),
])
