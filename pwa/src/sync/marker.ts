import { type InventoryItem, newId } from '@madoguchi/shared'
import { create } from 'zustand'
import { db } from '../db/schema'
import { type Holding, type Marker, nextMarker, settleLoss } from './marker-rule'
import { isPhotoUpload, tableFor } from './tables'

/**
 * The marker outside IndexedDB (marker-rule.ts), read and written here. It is brought up to date
 * whenever the outbox changes and at every start, so a database the browser destroyed is noticed on
 * the next start (or at once, if the page lives on), told to staff, and reported to the office.
 */
const KEY = 'madoguchi.deviceMarker'

/** What the tablet lost, for the banner; null when nothing. */
export const useDeviceLoss = create<{ lost: Marker['lost'] | null }>(() => ({ lost: null }))

export function readMarker(): Marker | null {
  try {
    const marker = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Marker | null
    return marker && typeof marker.deviceId === 'string' && Array.isArray(marker.unsent) ? marker : null
  } catch {
    return null
  }
}

function writeMarker(marker: Marker): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(marker))
  } catch {
    // localStorage full or refused: the next look tries again.
  }
  useDeviceLoss.setState({ lost: marker.lost ?? null })
}

/** The outbox as inventory items: ids, the session and whether photo bytes wait. Nothing personal. */
export async function unsentItems(): Promise<InventoryItem[]> {
  const entries = await db.outbox.orderBy('seq').toArray()
  const sessions = new Map<string, string | undefined>()
  for (const entity of new Set(entries.map((e) => e.entity))) {
    const ids = entries.filter((e) => e.entity === entity).map((e) => e.recordId)
    const records = await tableFor(entity).bulkGet(ids)
    for (const r of records) if (r) sessions.set(r.id, entity === 'outreach_session' ? r.id : r.sessionId)
  }
  return entries.map((e) => {
    const sessionId = e.deletion?.sessionId ?? sessions.get(e.recordId)
    return { entity: e.entity, id: e.recordId, photo: isPhotoUpload(e), ...(sessionId ? { sessionId } : {}) }
  })
}

let looking: Promise<Marker | null> = Promise.resolve(null)

/** Compare the database with the marker and note what it holds now (one look at a time). */
export function takeStock(): Promise<Marker | null> {
  looking = looking.then(look, look)
  return looking
}

async function look(): Promise<Marker | null> {
  try {
    const previous = readMarker()
    const stored = await db.meta.get('storeId')
    const storeId = stored?.key === 'storeId' ? stored.value : null
    const now: Holding = {
      storeId,
      unsent: await unsentItems(),
      settled: new Set(await db.receipts.toCollection().primaryKeys()),
    }
    const ids = { deviceId: await deviceIdFor(previous), storeId: storeId ?? newId() }
    if (!storeId) await db.meta.put({ key: 'storeId', value: ids.storeId })
    const marker = nextMarker(previous, now, new Date().toISOString(), ids)
    writeMarker(marker)
    return marker
  } catch {
    return null // the database cannot be read now; the next look notices what changed
  }
}

/** A replaced database keeps the device's id from the marker, so the office sees the same tablet. */
async function deviceIdFor(previous: Marker | null): Promise<string> {
  const entry = await db.meta.get('deviceId')
  if (entry?.key === 'deviceId') return entry.value
  const id = previous?.deviceId ?? newId()
  await db.meta.put({ key: 'deviceId', value: id })
  return id
}

/** The office has the loss (the server stored the report) or staff saw it: forget it once both. */
export function settleDeviceLoss(change: { reported?: true; seen?: true }): void {
  const marker = readMarker()
  if (marker) writeMarker(settleLoss(marker, change))
}

/** Staff wiped the device on purpose: what it held is not lost, start the marker afresh. */
export async function resetMarker(): Promise<void> {
  try {
    localStorage.removeItem(KEY)
  } catch {
    // nothing to reset
  }
  await takeStock()
}
