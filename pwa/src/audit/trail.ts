import type { DeviceAuditAction, UnrecordedReads } from '@madoguchi/shared'

/**
 * The pure rules of the device audit trail (who opened which visitor's record on this tablet, when).
 * The Dexie and network sides are record.ts and send.ts.
 */

/**
 * The same staff member opening the same record again within this time is recorded once. Moving
 * between the steps of one visitor remounts the photo and note views, and a visitor is served in one
 * sitting of a few minutes: a row per remount would bury the reads an auditor looks for under
 * copies that say nothing new. A colleague's read is always recorded (the key names who), and so is
 * any read after a reload (the window lives in memory): the trail errs towards more, never less.
 */
export const REPEAT_WINDOW_MS = 5 * 60_000

/**
 * At most this many entries wait on the device. An entry is ~250 bytes, so the queue stays under 2 MB;
 * with repeats folded, it is weeks of offline work. Beyond it a read is not itemised but counted
 * (`UnrecordedReads`), and the count reaches the server's audit log with the entries: staff are never
 * stopped from serving a visitor because the tablet has not synced, and no read goes untraced.
 */
export const AUDIT_QUEUE_LIMIT = 5000

export type ReadKey = `${DeviceAuditAction}:${string}:${string}`

export function readKey(action: DeviceAuditAction, recordId: string, actedBy: string | null): ReadKey {
  return `${action}:${recordId}:${actedBy ?? ''}`
}

/** Whether to record a read now; remembers it when so. `last` maps each key to when it was recorded. */
export function shouldRecord(last: Map<ReadKey, number>, key: ReadKey, now: number): boolean {
  const before = last.get(key)
  if (before !== undefined && now - before < REPEAT_WINDOW_MS) return false
  last.set(key, now)
  // Forget what is past the window, so a long day does not grow the map.
  if (last.size > 500) for (const [k, t] of last) if (now - t >= REPEAT_WINDOW_MS) last.delete(k)
  return true
}

/** A read the full queue could not take, added to the count of unrecorded reads. */
export function countUnrecorded(
  held: UnrecordedReads | undefined,
  at: string,
  id: () => string,
): UnrecordedReads {
  if (!held) return { id: id(), count: 1, from: at, to: at }
  return { ...held, count: held.count + 1, to: at }
}

/**
 * What is left of the unrecorded count after the server stored `sent`. Reads counted while the request
 * was on its way stay, under a new id: the server stores each id once, so the old one cannot carry them.
 */
export function unrecordedAfter(
  held: UnrecordedReads | undefined,
  sent: UnrecordedReads,
  id: () => string,
): UnrecordedReads | undefined {
  if (!held || held.id !== sent.id) return held
  if (held.count <= sent.count) return undefined
  return { id: id(), count: held.count - sent.count, from: sent.to, to: held.to }
}
