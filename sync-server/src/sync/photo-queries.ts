import type { Db } from '../db/open'
import { stmt } from '../db/statements'

export interface UploadRow {
  photo_id: string
  sha256: string
  bytes: number
  received: number
  state: 'partial' | 'stored'
}

export function findUpload(db: Db, photoId: string): UploadRow | undefined {
  return stmt(
    db,
    'SELECT photo_id, sha256, bytes, received, state FROM photo_uploads WHERE photo_id = ?',
  ).get(photoId) as UploadRow | undefined
}

/** Start (or restart, dropping any chunks) an upload of a photo with this size and hash. */
export function resetUpload(db: Db, photoId: string, sha256: string, bytes: number, at: string): void {
  stmt(db, 'DELETE FROM photo_chunks WHERE photo_id = ?').run(photoId)
  stmt(
    db,
    `INSERT INTO photo_uploads (photo_id, sha256, bytes, received, state, updated_at)
     VALUES (?, ?, ?, 0, 'partial', ?)
     ON CONFLICT (photo_id) DO UPDATE SET sha256 = excluded.sha256, bytes = excluded.bytes, received = 0,
       state = 'partial', updated_at = excluded.updated_at`,
  ).run(photoId, sha256, bytes, at)
}

export function appendChunk(db: Db, photoId: string, offset: number, data: Uint8Array, at: string): void {
  stmt(db, 'INSERT INTO photo_chunks (photo_id, offset, data) VALUES (?, ?, ?)').run(photoId, offset, data)
  stmt(db, 'UPDATE photo_uploads SET received = received + ?, updated_at = ? WHERE photo_id = ?').run(
    data.byteLength,
    at,
    photoId,
  )
}

/** The chunks of an upload in order, those starting before `before` when given. */
export function chunksOf(db: Db, photoId: string, before = Number.MAX_SAFE_INTEGER): Buffer[] {
  return stmt(db, 'SELECT data FROM photo_chunks WHERE photo_id = ? AND offset < ? ORDER BY offset')
    .pluck()
    .all(photoId, before) as Buffer[]
}

/**
 * The photo is whole and verified: record its hash as stored. Its chunks are the stored bytes; if the
 * same bytes were already stored under another photo, this upload's chunks are not needed.
 */
export function markStored(db: Db, photoId: string, sha256: string, bytes: number, at: string): void {
  const inserted = stmt(
    db,
    'INSERT INTO photo_store (sha256, photo_id, bytes, stored_at) VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING',
  ).run(sha256, photoId, bytes, at)
  if (inserted.changes === 0) stmt(db, 'DELETE FROM photo_chunks WHERE photo_id = ?').run(photoId)
  stmt(db, "UPDATE photo_uploads SET state = 'stored', updated_at = ? WHERE photo_id = ?").run(at, photoId)
}

/** The bytes of a stored photo, by its SHA-256. */
/** Whether verified bytes with this SHA-256 are held (without reading them). */
export function isStored(db: Db, sha256: string): boolean {
  return stmt(db, 'SELECT 1 FROM photo_store WHERE sha256 = ?').get(sha256) !== undefined
}

export function readStored(db: Db, sha256: string): Buffer | undefined {
  const photoId = stmt(db, 'SELECT photo_id FROM photo_store WHERE sha256 = ?').pluck().get(sha256) as
    | string
    | undefined
  return photoId === undefined ? undefined : Buffer.concat(chunksOf(db, photoId))
}

/** Delete half-finished uploads whose last chunk came before `before`, with their chunks; returns how many. */
export function deleteAbandonedUploads(db: Db, before: string): number {
  const ids = stmt(db, "SELECT photo_id FROM photo_uploads WHERE state = 'partial' AND updated_at < ?")
    .pluck()
    .all(before) as string[]
  for (const id of ids) {
    stmt(db, 'DELETE FROM photo_chunks WHERE photo_id = ?').run(id)
    stmt(db, 'DELETE FROM photo_uploads WHERE photo_id = ?').run(id)
  }
  return ids.length
}
