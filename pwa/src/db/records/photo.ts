import type { PhotoRecord } from '@madoguchi/shared'
import { serverNow } from '../../app/clock'
import { db, type PendingShot, type StoredPhoto } from '../schema'
import { deletion, dropLocal } from './delete'
import { queue, saveWithOutbox } from './outbox'
import { RecordDeletedError } from './receipt'
import { isStorageFailure, StorageFullError } from './storage-failure'

/**
 * A photo is saved once, whole: the JPEG and its metadata (with the SHA-256) together. A retake is a
 * new photo with its own id, never new bytes under an old id: the server may already hold the first
 * one, and a photo it has verified is never replaced. In the same transaction the photos it replaces
 * leave the device (with their outbox entries, so only the accepted photo is sent) and their deletion
 * is queued, so the server does not keep the face of a person staff rejected (see `dropReplaced`).
 */
export function savePhoto(
  record: Omit<PhotoRecord, 'version'>,
  blob: Blob,
  replaces: string[] = [],
): Promise<StoredPhoto> {
  return saveWithOutbox('photo', db.photos, { ...record, version: 0, blob } as StoredPhoto, async () => {
    for (const id of replaces) if (id !== record.id) await dropReplaced(id)
  })
}

/**
 * Remove a replaced photo as a deletion does (see `deleteIntake`): still on the device, or already
 * purged after the server confirmed it (then its receipt is all that is left). Its deletion is queued
 * even when it seems never to have been sent, as for a visitor: its bytes travel before its metadata
 * and a lost answer looks like no send, so the server may hold bytes the device cannot know about.
 */
async function dropReplaced(id: string): Promise<void> {
  const photo = await db.photos.get(id)
  if (photo) {
    await dropLocal('photo', db.photos, [photo])
    await queue('photo', id, photo.version + 1, deletion(photo.sessionId))
    return
  }
  const receipt = await db.receipts.get(id)
  if (!receipt || receipt.deleted || !receipt.sessionId) return
  const version = receipt.version + 1
  await db.receipts.put({ ...receipt, version, confirmedAt: serverNow().toISOString(), deleted: true })
  await queue('photo', id, version, deletion(receipt.sessionId))
}

/**
 * The photos an intake's retake replaces: the one on the device, and any the device already purged
 * after the server confirmed it (the server still holds that one).
 */
export async function photosOf(sessionId: string, intakeId: string): Promise<string[]> {
  const onDevice = await db.photos.where('intakeId').equals(intakeId).primaryKeys()
  const sent = await db.receipts
    .where('sessionId')
    .equals(sessionId)
    .filter((r) => r.entity === 'photo' && r.intakeId === intakeId && !r.deleted)
    .primaryKeys()
  return [...new Set([...onDevice, ...sent])]
}

/**
 * A shot taken but not yet accepted: kept on the device (never queued: it is not a record yet) so a
 * lock or a reload does not lose it. One per intake; a new shot replaces it. Refused for an intake
 * that is not on the device (deleted or purged meanwhile), so no face outlives its visitor.
 */
export async function savePendingShot(shot: PendingShot): Promise<void> {
  try {
    await db.transaction('rw', [db.intakes, db.pendingShots], async () => {
      if (!(await db.intakes.get(shot.intakeId))) throw new RecordDeletedError(shot.intakeId)
      await db.pendingShots.put(shot)
    })
  } catch (error) {
    if (isStorageFailure(error)) throw new StorageFullError('device storage is full')
    throw error
  }
}

/** The shot was accepted (it is a photo now) or retaken: it leaves the device. */
export async function dropPendingShot(intakeId: string): Promise<void> {
  await db.pendingShots.delete(intakeId)
}

/**
 * Accept a shot: the photo is saved through `savePhoto` and the pending shot dropped in the same
 * transaction, so the face is on the device exactly once, as a photo waiting to be sent.
 */
export function acceptPendingShot(
  record: Omit<PhotoRecord, 'version'>,
  blob: Blob,
  replaces: string[] = [],
): Promise<StoredPhoto> {
  return db.transaction('rw', [db.photos, db.outbox, db.receipts, db.meta, db.pendingShots], async () => {
    const saved = await savePhoto(record, blob, replaces)
    await db.pendingShots.delete(record.intakeId)
    return saved
  })
}
