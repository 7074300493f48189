import { db } from '../schema'

/** Staff deleted the record on this device: a save arriving after that (a late autosave) is refused. */
export class RecordDeletedError extends Error {
  override name = 'RecordDeletedError'
}

/** Whether staff deleted this record here (see Receipt.deleted). */
export async function wasDeleted(recordId: string): Promise<boolean> {
  return (await db.receipts.get(recordId))?.deleted === true
}

/**
 * The record as the screen last showed it, to save an edit into after the device purged it (the
 * server confirmed it, and another tab's sweep, or a tab frozen past its hold, let it go while staff
 * were typing): what was typed must never be lost. The receipt says it was confirmed (not deleted)
 * and gives its session, number and visitor; the save then continues from the receipt's version, so
 * the server takes the edit as newer. Undefined when there is no such receipt.
 */
export async function fromReceipt<T extends { id: string }>(seen: T): Promise<T | undefined> {
  const receipt = await db.receipts.get(seen.id)
  if (!receipt || receipt.deleted) return undefined
  return {
    ...seen,
    ...(receipt.sessionId ? { sessionId: receipt.sessionId } : {}),
    ...(receipt.visitorNo === undefined ? {} : { visitorNo: receipt.visitorNo }),
    ...(receipt.intakeId === undefined ? {} : { intakeId: receipt.intakeId }),
  }
}
