import type { SyncEntity } from '@madoguchi/shared'
import { serverNow } from '../../app/clock'
import { db } from '../schema'
import { queue } from './outbox'
import { isStorageFailure, StorageFullError } from './storage-failure'

const DELETE_TABLES = () => [
  db.intakes,
  db.notes,
  db.photos,
  db.pendingShots,
  db.outbox,
  db.receipts,
  db.meta,
]

/**
 * Drop records from the device with what was queued or drafted for them, and mark them deleted so
 * a late save cannot bring them back (the marker is ids only).
 */
export async function dropLocal(
  entity: SyncEntity,
  table: typeof db.intakes | typeof db.notes | typeof db.photos,
  records: { id: string; version: number; sessionId: string; visitorNo?: number }[],
): Promise<void> {
  if (records.length === 0) return
  const ids = records.map((r) => r.id)
  await table.bulkDelete(ids)
  await db.outbox.where('recordId').anyOf(ids).delete()
  for (const id of ids) await db.meta.where('key').startsWith(`draft:${id}:`).delete()
  const at = serverNow().toISOString()
  await db.receipts.bulkPut(
    records.map((r) => ({
      recordId: r.id,
      entity,
      version: r.version + 1,
      confirmedAt: at,
      sessionId: r.sessionId,
      // A deleted visitor is not counted, but its number stays taken.
      ...(r.visitorNo === undefined ? {} : { visitorNo: r.visitorNo }),
      deleted: true as const,
    })),
  )
}

export const deletion = (sessionId: string, photoIds: string[] = []) => ({
  sessionId,
  deletedAt: serverNow().toISOString(),
  photoIds,
})

/**
 * Delete a visitor entered by mistake, in one transaction: the intake, its notes and its photos
 * (JPEGs included) leave the device, whatever of them was still queued is dropped, and one deletion
 * is queued in their place. The deletion is sent even when nothing seems to have reached the server:
 * a push whose answer was lost looks exactly like one never sent, and the deletion carries no
 * personal data. The server then removes whatever it holds (notes and photos with the intake).
 * Returns false when the intake is not on this device.
 */
export async function deleteIntake(id: string): Promise<boolean> {
  return deleting(async () => {
    const intake = await db.intakes.get(id)
    if (!intake) return false
    const notes = await db.notes.where('intakeId').equals(id).toArray()
    const photos = await db.photos.where('intakeId').equals(id).toArray()
    await dropLocal('consultation_note', db.notes, notes)
    await dropLocal('photo', db.photos, photos)
    await dropLocal('intake', db.intakes, [intake])
    await db.pendingShots.delete(id)
    const photoIds = photos.map((p) => p.id)
    await queue('intake', id, intake.version + 1, deletion(intake.sessionId, photoIds))
    return true
  })
}

/** Delete one consultation note entered by mistake (see `deleteIntake`). */
export async function deleteNote(id: string): Promise<boolean> {
  return deleting(async () => {
    const note = await db.notes.get(id)
    if (!note) return false
    await dropLocal('consultation_note', db.notes, [note])
    await queue('consultation_note', id, note.version + 1, deletion(note.sessionId))
    return true
  })
}

async function deleting(work: () => Promise<boolean>): Promise<boolean> {
  try {
    return await db.transaction('rw', DELETE_TABLES(), work)
  } catch (error) {
    if (isStorageFailure(error)) throw new StorageFullError('device storage is full')
    throw error
  }
}
