import { checkFaces, type FaceProblem, newId, type PhotoProblem } from '@madoguchi/shared'
import { serverNow } from '../../app/clock'
import { acceptPendingShot, dropPendingShot, photosOf, savePendingShot } from '../../db/records'
import type { PendingShot } from '../../db/schema'
import { requestSync } from '../../sync/request'
import { tracked } from '../autosave'
import { guardedSave } from '../storage'
import { detectFaces } from './face-detect'
import type { ProcessedPhoto } from './process'

/** What a pending shot's checks found: the measured ones and the face check. */
export interface ShotCheck {
  photo: PhotoProblem[]
  face: FaceProblem[]
}

/** A problem as a catalog key, in the order shown. */
export type ShotProblem = `photo.problem.${PhotoProblem}` | `face.problem.${FaceProblem}`

export function shotProblems(shot: PendingShot): ShotProblem[] {
  const check = shot.check as ShotCheck
  return [
    ...check.face.map((p): ShotProblem => `face.problem.${p}`),
    ...check.photo.map((p): ShotProblem => `photo.problem.${p}`),
  ]
}

/** The face check; a detector that cannot run here is itself a problem staff see (and may override). */
async function faceProblems(photo: ProcessedPhoto): Promise<FaceProblem[]> {
  try {
    const faces = await detectFaces(photo.blob, photo.width, photo.height)
    return checkFaces(faces, photo.width, photo.height).problems
  } catch {
    return ['face_check_unavailable']
  }
}

/** After the shutter: run the face check and keep the shot on the device until accepted or retaken. */
export async function keepShot(sessionId: string, intakeId: string, photo: ProcessedPhoto): Promise<void> {
  const check: ShotCheck = { photo: photo.check.problems, face: await faceProblems(photo) }
  await tracked(() =>
    guardedSave(() =>
      savePendingShot({
        intakeId,
        sessionId,
        blob: photo.blob,
        width: photo.width,
        height: photo.height,
        sha256: photo.sha256,
        check,
        takenAt: serverNow().toISOString(),
      }),
    ),
  )
}

export function discardShot(intakeId: string): Promise<void> {
  return tracked(() => dropPendingShot(intakeId))
}

/**
 * An intake has one face photo on the device: a retake replaces it (see `savePhoto`). A shot with
 * problems is used only with the reason staff gave, which travels with the photo.
 */
export function acceptShot(sessionId: string, shot: PendingShot, reason: string | null) {
  const problems = shotProblems(shot).map((key) => key.split('.').at(-1) as string)
  if (problems.length > 0 && !reason) throw new Error('a reason is needed to use a photo with problems')
  return tracked(async () => {
    const replaces = await photosOf(sessionId, shot.intakeId)
    const saved = await guardedSave(() =>
      acceptPendingShot(
        {
          id: newId(),
          sessionId,
          intakeId: shot.intakeId,
          sha256: shot.sha256,
          bytes: shot.blob.size,
          width: shot.width,
          height: shot.height,
          takenAt: shot.takenAt,
          ...(problems.length > 0 && reason ? { override: { problems, reason } } : {}),
        },
        shot.blob,
        replaces,
      ),
    )
    // Sent as soon as there is a connection, not at the next interval or the end of the session:
    // a photo on the server is one the device's disk can no longer lose.
    void requestSync()
    return saved
  })
}
