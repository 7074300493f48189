import type { ConsultationNoteRecord, IntakeRecord, OutreachSessionRecord } from '@madoguchi/shared'
import {
  deleteIntake,
  deleteNote,
  fromReceipt,
  RecordDeletedError,
  saveIntake,
  saveNote,
  saveOutreachSession,
  wasDeleted,
} from '../db/records'
import { db } from '../db/schema'
import { guardedSave } from './storage'

/**
 * Field-level updates of synced records. Each update reads the newest stored record and writes it
 * back through the one write path (db/records.ts), one at a time per record: two fields saved at
 * the same moment (a tap and a debounced text) must not overwrite each other with stale copies.
 */
const chains = new Map<string, Promise<unknown>>()

function serial<T>(id: string, work: () => Promise<T>): Promise<T> {
  const next = (chains.get(id) ?? Promise.resolve()).catch(() => undefined).then(work)
  chains.set(id, next)
  void next.finally(() => {
    if (chains.get(id) === next) chains.delete(id)
  })
  return next
}

/** A patch, or a function of the newest stored record (for changes that build on it, like a check). */
export type Patch<T> = Partial<T> | ((current: T) => Partial<T>)

const apply = <T>(current: T, patch: Patch<T>): Partial<T> =>
  typeof patch === 'function' ? patch(current) : patch

async function must<T>(record: T | undefined, id: string): Promise<T> {
  if (!record) throw new Error(`record ${id} is not on this device`)
  return record
}

/**
 * Save a field of a record that staff may have just deleted: a late autosave (text typed before the
 * delete, flushed as the screen closes) finds it gone and resolves null instead of failing, so the
 * status row does not say 保存できませんでした about a record that is meant to be gone. A record that
 * left the device after the server confirmed it (purged) is saved again from `seen`, the copy the
 * screen showed, with its receipt (db/records.ts `fromReceipt`).
 */
async function unlessDeleted<T extends { id: string }>(
  id: string,
  record: T | undefined,
  save: (current: T) => Promise<T>,
  seen?: T,
) {
  if (!record && (await wasDeleted(id))) return null
  const current = record ?? (seen?.id === id ? await fromReceipt(seen) : undefined)
  try {
    return await save(await must(current, id))
  } catch (error) {
    if (error instanceof RecordDeletedError) return null
    throw error
  }
}

/** `seen`: the record as the screen shows it, saved again if the device purged it meanwhile. */
export function patchIntake(
  id: string,
  patch: Patch<IntakeRecord>,
  seen?: IntakeRecord,
): Promise<IntakeRecord | null> {
  return serial(id, async () =>
    unlessDeleted(
      id,
      await db.intakes.get(id),
      (current) => guardedSave(() => saveIntake({ ...current, ...apply(current, patch) })),
      seen,
    ),
  )
}

export function patchNote(
  id: string,
  patch: Patch<ConsultationNoteRecord>,
  seen?: ConsultationNoteRecord,
): Promise<ConsultationNoteRecord | null> {
  return serial(id, async () =>
    unlessDeleted(
      id,
      await db.notes.get(id),
      (current) => guardedSave(() => saveNote({ ...current, ...apply(current, patch) })),
      seen,
    ),
  )
}

export function patchSession(
  id: string,
  patch: Patch<OutreachSessionRecord>,
): Promise<OutreachSessionRecord> {
  return serial(id, async () => {
    const current = await must(await db.outreachSessions.get(id), id)
    return guardedSave(() => saveOutreachSession({ ...current, ...apply(current, patch) }))
  })
}

/**
 * Delete a visitor (with their notes and photo) or a note, after the saves already queued for it
 * (the same per-record chain), so no earlier save can land after the deletion.
 */
export function removeIntake(id: string): Promise<boolean> {
  return serial(id, () => guardedSave(() => deleteIntake(id)))
}

export function removeNote(id: string): Promise<boolean> {
  return serial(id, () => guardedSave(() => deleteNote(id)))
}

/** A field's raw input kept beside its record until the record can hold it (see MetaEntry). */
export async function writeDraft(recordId: string, field: string, value: string | null): Promise<void> {
  const key = `draft:${recordId}:${field}` as const
  if (value === null) await db.meta.delete(key)
  else if (!(await wasDeleted(recordId))) await guardedSave(() => db.meta.put({ key, value }))
}

export async function readDraft(recordId: string, field: string): Promise<string | null> {
  const entry = await db.meta.get(`draft:${recordId}:${field}`)
  return typeof entry?.value === 'string' ? entry.value : null
}
