import type { SyncEntity } from '@madoguchi/shared'

/** An intake still on the tablet: only what counting needs. */
export interface VisitorOnTablet {
  id: string
  visitorNo: number
}

/** A receipt as counting sees it (see Receipt in db/schema.ts): ids and numbers, nothing personal. */
export interface VisitorReceipt {
  recordId: string
  entity: SyncEntity
  visitorNo?: number
  deleted?: true
}

export interface VisitorTally {
  /** Visitors served in the session: on the tablet or already sent and cleared, never a deleted one. */
  served: number
  /** Of those, the ones sent to the server and cleared from the tablet (not in the visitor list). */
  cleared: number
  /** The number the next visitor gets. */
  nextVisitorNo: number
}

/**
 * Count a session's visitors and find the next running number from the intakes still on the tablet
 * and the receipts of those that left it: confirmed and purged ones (counted) and deleted ones (not
 * counted, but their numbers are taken). Numbers are never reused in a session, so the next one is one
 * more than the highest ever given. A receipt written before receipts kept the number has none: it
 * still stands for one number given out, so the next number is at least one more than the count of
 * every intake the tablet knows of, deleted ones included.
 */
export function tallyVisitors(
  intakes: readonly VisitorOnTablet[],
  receipts: readonly VisitorReceipt[],
): VisitorTally {
  const numbers = new Map<string, number | undefined>()
  const deleted = new Set<string>()
  for (const intake of intakes) numbers.set(intake.id, intake.visitorNo)
  for (const receipt of receipts) {
    if (receipt.entity !== 'intake') continue
    if (receipt.deleted) deleted.add(receipt.recordId)
    if (!numbers.has(receipt.recordId) || numbers.get(receipt.recordId) === undefined) {
      numbers.set(receipt.recordId, receipt.visitorNo)
    }
  }
  const onTablet = new Set(intakes.map((i) => i.id))
  let served = 0
  let cleared = 0
  for (const id of numbers.keys()) {
    if (deleted.has(id)) continue
    served++
    if (!onTablet.has(id)) cleared++
  }
  let highest = numbers.size
  for (const no of numbers.values()) if (no !== undefined && no > highest) highest = no
  return { served, cleared, nextVisitorNo: highest + 1 }
}
