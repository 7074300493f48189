import type { SyncEntity } from '@madoguchi/shared'
import type { EntityTable } from 'dexie'
import { db, type OutboxEntry, type StoredPhoto } from '../db/schema'

type AnyRecord = { id: string; version: number; sessionId?: string; updatedAt?: string; takenAt?: string }

/** The Dexie table each synced entity lives in. */
export function tableFor(entity: SyncEntity): EntityTable<AnyRecord, 'id'> {
  const tables = {
    outreach_session: db.outreachSessions,
    intake: db.intakes,
    consultation_note: db.notes,
    photo: db.photos,
    correction_request: db.corrections,
  }
  return tables[entity] as unknown as EntityTable<AnyRecord, 'id'>
}

/** The record as it travels: a photo without its JPEG (the bytes go by the chunked upload). */
export function wireData(entity: SyncEntity, record: AnyRecord): unknown {
  if (entity !== 'photo') return record
  const { blob: _blob, ...metadata } = record as unknown as StoredPhoto
  return metadata
}

/**
 * Personal data is purged after confirmation. A session (site, date, staff on duty) is not about a
 * visitor and the tablet needs it all day, so it stays.
 */
export function isPurgeable(entity: SyncEntity): boolean {
  return entity !== 'outreach_session'
}

/** When the record last changed, for the purge grace period. */
export function lastChange(record: AnyRecord): number {
  return Date.parse(record.updatedAt ?? record.takenAt ?? '') || 0
}

/**
 * An entry whose photo bytes are still to upload. A photo's deletion (a retake replaced it) has no
 * bytes: it travels and counts as a record.
 */
export function isPhotoUpload(entry: OutboxEntry): boolean {
  return entry.entity === 'photo' && !entry.deletion
}

export type { AnyRecord }
