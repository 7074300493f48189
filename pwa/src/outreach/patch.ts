import type { ConsultationNoteRecord, IntakeRecord, OutreachSessionRecord } from '@madoguchi/shared'
import { saveIntake, saveNote, saveOutreachSession } from '../db/records'
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

export function patchIntake(id: string, patch: Patch<IntakeRecord>): Promise<IntakeRecord> {
  return serial(id, async () => {
    const current = await must(await db.intakes.get(id), id)
    return guardedSave(() => saveIntake({ ...current, ...apply(current, patch) }))
  })
}

export function patchNote(id: string, patch: Patch<ConsultationNoteRecord>): Promise<ConsultationNoteRecord> {
  return serial(id, async () => {
    const current = await must(await db.notes.get(id), id)
    return guardedSave(() => saveNote({ ...current, ...apply(current, patch) }))
  })
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

/** A field's raw input kept beside its record until the record can hold it (see MetaEntry). */
export async function writeDraft(recordId: string, field: string, value: string | null): Promise<void> {
  const key = `draft:${recordId}:${field}` as const
  if (value === null) await db.meta.delete(key)
  else await guardedSave(() => db.meta.put({ key, value }))
}

export async function readDraft(recordId: string, field: string): Promise<string | null> {
  const entry = await db.meta.get(`draft:${recordId}:${field}`)
  return typeof entry?.value === 'string' ? entry.value : null
}
