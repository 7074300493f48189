import { z } from 'zod'
import { SYNC_ENTITIES } from '../sync/protocol'
import { PlausibleInstant, Uuid } from '../text/formats'

/**
 * What a tablet holds unsent, reported with every sync pass, so the office sees when a tablet's
 * unsent work disappears (the browser deleted its database) and from which session. Ids and counts
 * only, never anything personal.
 */
export const InventoryItem = z.object({
  entity: z.enum(SYNC_ENTITIES),
  id: Uuid,
  sessionId: Uuid.optional(),
  /** A photo whose bytes wait to upload, or a record (a photo's deletion counts as a record). */
  photo: z.boolean(),
})
export type InventoryItem = z.infer<typeof InventoryItem>

/** Items listed in one report; a device with more says how many in the counts. */
export const INVENTORY_MAX_ITEMS = 2000

export const DeviceInventory = z.object({
  deviceId: Uuid,
  /** When the device took stock, by its clock. */
  at: PlausibleInstant,
  unsent: z.object({ records: z.number().int().min(0), photos: z.number().int().min(0) }),
  items: z.array(InventoryItem).max(INVENTORY_MAX_ITEMS),
  /** The staff with their own PIN on this tablet (their ids), who may be named as the one at it. */
  roster: z.array(Uuid).max(50).optional(),
  /**
   * Unsent work the device had noted (outside its database) and no longer holds, without the server
   * having confirmed it: the browser destroyed it. `wiped`: the whole database went (a new one).
   */
  lost: z
    .object({
      noticedAt: PlausibleInstant,
      wiped: z.boolean(),
      items: z.array(InventoryItem).max(INVENTORY_MAX_ITEMS),
    })
    .optional(),
})
export type DeviceInventory = z.infer<typeof DeviceInventory>

export const InventoryReceipt = z.object({ stored: z.literal(true) })
export type InventoryReceipt = z.infer<typeof InventoryReceipt>

/** One tablet as the office sees it: who last synced it, what it holds unsent, what it lost. */
export const DeviceView = z.object({
  deviceId: z.string(),
  staffName: z.string().nullable(),
  reportedAt: z.string(),
  unsent: z.object({ records: z.number(), photos: z.number() }),
  /** Sessions with unsent work on the device. */
  sessions: z.array(z.string()),
  lost: z
    .object({
      noticedAt: z.string(),
      wiped: z.boolean(),
      records: z.number(),
      photos: z.number(),
      sessions: z.array(z.string()),
    })
    .nullable(),
})
export type DeviceView = z.infer<typeof DeviceView>

export const DeviceList = z.object({ devices: z.array(DeviceView) })
export type DeviceList = z.infer<typeof DeviceList>
