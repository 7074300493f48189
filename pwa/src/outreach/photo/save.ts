import { newId } from '@madoguchi/shared'
import { photosOf, savePhoto } from '../../db/records'
import { tracked } from '../autosave'
import { guardedSave } from '../storage'
import type { ProcessedPhoto } from './process'

/** An intake has one face photo on the device: a retake replaces it (see `savePhoto`). */
export function savePhotoFor(sessionId: string, intakeId: string, photo: ProcessedPhoto) {
  return tracked(async () => {
    const replaces = await photosOf(sessionId, intakeId)
    return guardedSave(() =>
      savePhoto(
        {
          id: newId(),
          sessionId,
          intakeId,
          sha256: photo.sha256,
          bytes: photo.blob.size,
          width: photo.width,
          height: photo.height,
          takenAt: new Date().toISOString(),
        },
        photo.blob,
        replaces,
      ),
    )
  })
}
