import {
  type ConsultationNoteRecord,
  type IntakeRecord,
  newId,
  type OutreachSessionRecord,
  type PhotoRecord,
  type SyncEntity,
} from '@madoguchi/shared'
import type { EntityTable, IDType } from 'dexie'
import { db, type OutboxEntry, type StoredPhoto } from './schema'

/**
 * The one write path for synced records (architecture: sync invariant 2). A record and its outbox
 * entry are written in the same IndexedDB transaction, so nothing is saved that is not also queued.
 * Screens never call `table.put` on these tables themselves.
 */

/** The device ran out of storage. Nothing was written; tell staff before they type more. */
export class StorageFullError extends Error {
  override name = 'StorageFullError'
}

type Versioned = { id: string; version: number }
type Unsaved<T extends Versioned> = Omit<T, 'version' | 'createdAt' | 'updatedAt'> & Partial<T>

async function saveWithOutbox<T extends Versioned>(
  entity: SyncEntity,
  table: EntityTable<T, 'id'>,
  record: T,
  /** Runs first, in the same transaction (a retake drops the photo it replaces). */
  before?: () => Promise<void>,
): Promise<T> {
  try {
    return await db.transaction('rw', table, db.outbox, db.receipts, async () => {
      await before?.()
      const previous = await table.get(record.id as IDType<T, 'id'>)
      // A record purged after the server confirmed it continues from the confirmed version, so the
      // server sees the edit as newer rather than as an old version it already holds.
      const confirmed = previous ? undefined : await db.receipts.get(record.id)
      const saved = { ...record, version: (previous?.version ?? confirmed?.version ?? 0) + 1 }
      await table.put(saved)
      // One entry per record: replacing it means only the newest version is ever sent.
      await db.outbox.where('recordId').equals(record.id).delete()
      const entry: OutboxEntry = {
        mutationId: newId(),
        entity,
        recordId: record.id,
        version: saved.version,
        createdAt: new Date().toISOString(),
        state: 'pending',
        attempts: 0,
      }
      await db.outbox.add(entry)
      return saved
    })
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError('device storage is full')
    throw error
  }
}

function stamp<T extends { createdAt?: string; updatedAt?: string }>(
  record: T,
): T & { createdAt: string; updatedAt: string } {
  const now = new Date().toISOString()
  return { ...record, createdAt: record.createdAt ?? now, updatedAt: now }
}

export function saveOutreachSession(record: Unsaved<OutreachSessionRecord>): Promise<OutreachSessionRecord> {
  return saveWithOutbox('outreach_session', db.outreachSessions, stamp(record) as OutreachSessionRecord)
}

export function saveIntake(record: Unsaved<IntakeRecord>): Promise<IntakeRecord> {
  return saveWithOutbox('intake', db.intakes, stamp(record) as IntakeRecord)
}

export function saveNote(record: Unsaved<ConsultationNoteRecord>): Promise<ConsultationNoteRecord> {
  return saveWithOutbox('consultation_note', db.notes, stamp(record) as ConsultationNoteRecord)
}

/**
 * A photo is saved once, whole: the JPEG and its metadata (with the SHA-256) together. A retake is a
 * new photo with its own id, never new bytes under an old id: the server may already hold the first
 * one, and a photo it has verified is never replaced. The retake drops the earlier photo and its
 * outbox entry from the device in the same transaction, so only the accepted photo is sent.
 */
export function savePhoto(
  record: Omit<PhotoRecord, 'version'>,
  blob: Blob,
  replaces?: string,
): Promise<StoredPhoto> {
  return saveWithOutbox('photo', db.photos, { ...record, version: 0, blob } as StoredPhoto, async () => {
    if (!replaces || replaces === record.id) return
    await db.photos.delete(replaces)
    await db.outbox.where('recordId').equals(replaces).delete()
  })
}

export function isQuotaError(error: unknown): boolean {
  const names = [(error as { name?: string })?.name, (error as { inner?: { name?: string } })?.inner?.name]
  return names.includes('QuotaExceededError')
}
