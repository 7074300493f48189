import type { DeletableEntity, SyncEntity } from '@madoguchi/shared'
import type { Db } from '../db/open'
import { stmt } from '../db/statements'

/** Deleted records (ids only) and the removal of what they held. */

export interface TombstoneRow {
  record_id: string
  entity: SyncEntity
  session_id: string
  deleted_with: string | null
  version: number
}

export function findTombstone(db: Db, recordId: string): TombstoneRow | undefined {
  return stmt(
    db,
    'SELECT record_id, entity, session_id, deleted_with, version FROM sync_tombstones WHERE record_id = ?',
  ).get(recordId) as TombstoneRow | undefined
}

export function isDeleted(db: Db, recordId: string): boolean {
  return stmt(db, 'SELECT 1 FROM sync_tombstones WHERE record_id = ?').pluck().get(recordId) !== undefined
}

export function insertTombstone(db: Db, row: TombstoneRow & { device_id: string; deleted_at: string }): void {
  stmt(
    db,
    `INSERT INTO sync_tombstones (record_id, entity, session_id, deleted_with, version, device_id, deleted_at)
     VALUES (@record_id, @entity, @session_id, @deleted_with, @version, @device_id, @deleted_at)
     ON CONFLICT (record_id) DO NOTHING`,
  ).run(row)
}

/** The children of an intake the server holds: its notes and its photos (with their hashes). */
export function childrenOf(db: Db, intakeId: string): { notes: string[]; photos: string[] } {
  return {
    notes: stmt(db, 'SELECT id FROM consultation_notes WHERE intake_id = ?')
      .pluck()
      .all(intakeId) as string[],
    photos: stmt(db, 'SELECT id FROM photos WHERE intake_id = ?').pluck().all(intakeId) as string[],
  }
}

/** The intake a photo's metadata names, when the server holds the metadata. */
export function photoIntake(db: Db, photoId: string): string | undefined {
  return stmt(db, 'SELECT intake_id FROM photos WHERE id = ?').pluck().get(photoId) as string | undefined
}

/** An intake's or a note's row; a photo goes by `deletePhoto`, which also removes its bytes. */
export function deleteRecord(db: Db, entity: Exclude<DeletableEntity, 'photo'>, id: string): boolean {
  const table = entity === 'intake' ? 'intakes' : 'consultation_notes'
  return stmt(db, `DELETE FROM ${table} WHERE id = ?`).run(id).changes > 0
}

/**
 * Remove a photo: its metadata, its upload and, unless another photo record holds the very same
 * bytes (content-addressed), the stored JPEG. Returns whether anything of it was held.
 */
export function deletePhoto(db: Db, photoId: string): boolean {
  const sha256 = (stmt(db, 'SELECT sha256 FROM photos WHERE id = ?').pluck().get(photoId) ??
    stmt(db, 'SELECT sha256 FROM photo_uploads WHERE photo_id = ?').pluck().get(photoId)) as
    | string
    | undefined
  if (sha256 === undefined) return false
  stmt(db, 'DELETE FROM photos WHERE id = ?').run(photoId)
  const holder = stmt(db, 'SELECT photo_id FROM photo_store WHERE sha256 = ?').pluck().get(sha256) as
    | string
    | undefined
  // Another photo still needs these bytes if its record holds them, or if its upload was answered
  // "stored" (identical bytes found here) and its record has not arrived yet; a photo tombstoned in
  // the same deletion does not count (tombstones are written before the rows go).
  const sharedBytes =
    stmt(
      db,
      `SELECT 1 FROM photos WHERE sha256 = @sha256
         UNION ALL
         SELECT 1 FROM photo_uploads u WHERE u.sha256 = @sha256 AND u.state = 'stored' AND u.photo_id != @photoId
           AND NOT EXISTS (SELECT 1 FROM sync_tombstones t WHERE t.record_id = u.photo_id)
         LIMIT 1`,
    ).get({ sha256, photoId }) !== undefined
  if (holder !== undefined && !sharedBytes) {
    stmt(db, 'DELETE FROM photo_store WHERE sha256 = ?').run(sha256)
    dropUpload(db, holder)
  }
  // This photo's own upload, unless its chunks are the bytes another photo record still uses.
  if (holder !== photoId || !sharedBytes) dropUpload(db, photoId)
  return true
}

function dropUpload(db: Db, photoId: string): void {
  stmt(db, 'DELETE FROM photo_chunks WHERE photo_id = ?').run(photoId)
  stmt(db, 'DELETE FROM photo_uploads WHERE photo_id = ?').run(photoId)
}

/**
 * Run `work` with SQLite's secure_delete on, so the deleted rows' bytes are overwritten with zeros in
 * the database file rather than left in free pages. openDatabase turns it on for every write (an
 * update leaves old bytes too); this makes sure of it for a connection opened some other way, and
 * leaves it on.
 */
export function withSecureDelete<T>(db: Db, work: () => T): T {
  db.pragma('secure_delete = ON')
  return work()
}
