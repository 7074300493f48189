import type { InventoryItem } from '@madoguchi/shared'

/**
 * The device's own note of what it holds unsent, kept outside IndexedDB (localStorage), so that when
 * the browser destroys the database (it does, on a full disk) the next look notices what went.
 */
export interface Marker {
  deviceId: string
  /** Made with each new database (meta `storeId`): a different one means the database was replaced. */
  storeId: string
  /** What the outbox held at the last look. */
  unsent: InventoryItem[]
  /** Unsent work that vanished without the server confirming it, until reported and seen by staff. */
  lost?: { noticedAt: string; wiped: boolean; items: InventoryItem[]; reported: boolean; seen: boolean }
}

/** What the database holds now. */
export interface Holding {
  /** The database's own id, or null when the database is new (it was wiped and made again). */
  storeId: string | null
  unsent: InventoryItem[]
  /** Records the server confirmed, or staff deleted here: gone from the outbox for a good reason. */
  settled: ReadonlySet<string>
}

/**
 * The marker after a look at the database: an item noted unsent that is neither still queued nor
 * settled was lost. A database without the store id the marker names is a new one: everything the
 * marker noted is lost, whatever the new database holds.
 */
export function nextMarker(
  previous: Marker | null,
  now: Holding,
  at: string,
  ids: { deviceId: string; storeId: string },
): Marker {
  const wiped = previous !== null && now.storeId !== previous.storeId
  const queued = new Set(now.unsent.map((i) => i.id))
  const vanished = (previous?.unsent ?? []).filter(
    (i) => !queued.has(i.id) && (wiped || !now.settled.has(i.id)),
  )
  const marker: Marker = { ...ids, unsent: now.unsent }
  const earlier = previous?.lost
  if (vanished.length === 0 && !wiped) return earlier ? { ...marker, lost: earlier } : marker
  const known = new Set((earlier?.items ?? []).map((i) => i.id))
  return {
    ...marker,
    lost: {
      noticedAt: earlier?.noticedAt ?? at,
      wiped: wiped || earlier?.wiped === true,
      items: [...(earlier?.items ?? []), ...vanished.filter((i) => !known.has(i.id))],
      reported: false,
      seen: false,
    },
  }
}

/** Clear the loss once the office has it and staff were told; until then it stays. */
export function settleLoss(marker: Marker, change: { reported?: true; seen?: true }): Marker {
  if (!marker.lost) return marker
  const lost = { ...marker.lost, ...change }
  if (lost.reported && lost.seen) {
    const { lost: _lost, ...rest } = marker
    return rest
  }
  return { ...marker, lost }
}
