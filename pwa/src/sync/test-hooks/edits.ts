import type { IntakeRecord } from '@madoguchi/shared'
import { sha256Hex } from '../../app/sha256'
import { photosOf, saveIntake } from '../../db/records'
import { db } from '../../db/schema'
import { patchIntake, removeIntake } from '../../outreach/patch'
import { acceptShot } from '../../outreach/photo/save'
import { drawJpeg } from './backlog'

// Edits as staff would make them while the engine sends: a retake, a new version, a deletion raced by
// a late save, a save from a screen's copy of a record purged meanwhile.

/**
 * Retake an intake's photo through the outreach screen's own save, as staff would after a sync.
 * `replaced`: the intake's photos just before, which the retake deletes: those on the device and
 * those already sent and purged from it (known by their receipts), as the save itself finds them.
 * Counting the device's alone expected a sent photo the retake had rightly deleted on the server
 * whenever it had been purged before the retake (a fault run, seed 20261131, 2026-12-03).
 */
export async function retakePhoto(sessionId: string, intakeId: string, seed: number) {
  const replaced = await photosOf(sessionId, intakeId)
  const bytes = await drawJpeg(seed)
  const blob = new Blob([bytes as BlobPart], { type: 'image/jpeg' })
  const sha256 = await sha256Hex(bytes as BufferSource)
  const check = { photo: [], face: [] }
  const takenAt = new Date().toISOString()
  const shot = { intakeId, sessionId, blob, width: 1200, height: 1543, sha256, check, takenAt }
  const saved = await acceptShot(sessionId, shot, null)
  return { id: saved.id, sha256, replaced }
}

/** Edit an intake's memo through the write path (a new version), as staff would mid-sync. */
export async function editIntake(id: string, memo: string): Promise<number | null> {
  const current = await db.intakes.get(id)
  if (!current) return null
  return (await saveIntake({ ...current, memo })).version
}

/**
 * Delete an intake as the screen does, then try to save the copy read before it (a save racing the
 * deletion): resolves with the name of the error that refused it, or null if it was saved.
 */
export async function deleteIntakeThenResave(
  id: string,
): Promise<{ deleted: boolean; resave: string | null }> {
  const before = await db.intakes.get(id)
  const deleted = await removeIntake(id)
  if (!before) return { deleted, resave: null }
  try {
    await saveIntake(before)
    return { deleted, resave: null }
  } catch (error) {
    return { deleted, resave: (error as Error).name }
  }
}

/** Copies of intakes as a screen showed them (see `keepCopy`). */
const copies = new Map<string, IntakeRecord>()

/**
 * A screen's copy of a visitor, and later a memo saved from that screen as the autosave does
 * (patchIntake with the copy): the record may have been purged in between by another tab.
 */
export async function keepCopy(id: string): Promise<boolean> {
  const intake = await db.intakes.get(id)
  if (intake) copies.set(id, intake)
  return intake !== undefined
}

export async function saveFromCopy(id: string, memo: string): Promise<string | null> {
  try {
    const saved = await patchIntake(id, { memo }, copies.get(id))
    return saved ? null : 'deleted'
  } catch (error) {
    return (error as Error).message
  }
}
