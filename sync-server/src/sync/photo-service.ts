import { createHash } from 'node:crypto'
import {
  checkJpeg,
  type JpegProblem,
  PHOTO_CHUNK_BYTES,
  PHOTO_MAX_BYTES,
  PHOTO_RULES,
  type PhotoUploadStatus,
} from '@madoguchi/shared'
import { audited } from '../audit/unit'
import type { StaffSession } from '../auth/session'
import type { Deps } from '../deps'
import { AppError } from '../errors'
import { isOwnedBy, ownerOf } from './ownership'
import { appendChunk, chunksOf, findUpload, markStored, resetUpload, type UploadRow } from './photo-queries'
import { isDeleted } from './tombstone-queries'

/**
 * Photo upload: the device sends the JPEG in chunks at increasing offsets, each with the size and the
 * SHA-256 of the whole photo. The server keeps chunks as rows (a chunk and the received count commit
 * together) and, when the last byte arrives, checks the hash: only a match is stored.
 */
export interface ChunkInput {
  photoId: string
  offset: number
  bytes: number
  sha256: string
  /** The tablet sending it: only the device and account that started an upload may continue or restart it. */
  device: string
  data: Uint8Array
}

function statusOf(row: UploadRow): PhotoUploadStatus {
  return { photoId: row.photo_id, received: row.received, bytes: row.bytes, state: row.state }
}

export function uploadStatus(deps: Deps, session: StaffSession, photoId: string): PhotoUploadStatus {
  const row = findUpload(deps.db, photoId)
  if (!row) throw new AppError('not_found')
  // Another account learns nothing of this photo, not even that it exists.
  const owner = ownerOf(deps.db, 'photo', photoId)
  if (owner && owner.staffId !== session.user.id) throw new AppError('not_found')
  return statusOf(row)
}

/**
 * `mismatch`: the whole arrived but its hash differed; `invalid`: it is not a JPEG within the photo
 * rules. Either way the server dropped it and holds 0 bytes.
 */
export type ChunkOutcome = { status: PhotoUploadStatus; mismatch: boolean; invalid?: JpegProblem }

export function receiveChunk(deps: Deps, session: StaffSession, input: ChunkInput): ChunkOutcome {
  if (input.bytes > PHOTO_MAX_BYTES) throw new AppError('payload_too_large')
  // Smaller than any photo the rules allow: refused before a byte is kept.
  if (input.bytes < PHOTO_RULES.minBytes)
    throw new AppError('invalid_photo', undefined, { problem: 'file_too_small' })
  if (input.data.byteLength > PHOTO_CHUNK_BYTES) throw new AppError('payload_too_large')
  if (input.data.byteLength === 0 || input.offset + input.data.byteLength > input.bytes) {
    throw new AppError('bad_request', undefined, { reason: 'chunk_outside_photo' })
  }
  const at = deps.now().toISOString()
  return audited(deps, session, null, (unit) => {
    // Another tablet's (or account's) upload: it may not be continued, restarted or probed from here.
    if (!isOwnedBy(ownerOf(deps.db, 'photo', input.photoId), session.user.id, input.device)) {
      throw new AppError('not_owner')
    }
    // The photo's intake was deleted on the tablet while its bytes were on the way: keep none of them.
    if (isDeleted(deps.db, input.photoId)) throw new AppError('record_deleted')
    let row = findUpload(deps.db, input.photoId)
    if (!row && !ownerOf(deps.db, 'photo', input.photoId)) {
      // The first byte of this photo: its owner is who sent it (ownership.ts), ids only.
      unit.record({
        action: 'photo_upload_started',
        entity: 'photo',
        entityId: input.photoId,
        detail: { deviceId: input.device, bytes: input.bytes },
      })
    }
    if (row?.state === 'stored') {
      // Already whole: a late repeat of a chunk changes nothing. A different photo under the same id
      // is a conflict: photo ids are made on the device and a photo is never replaced.
      if (row.sha256 !== input.sha256 || row.bytes !== input.bytes) throw new AppError('conflict')
      return { status: statusOf(row), mismatch: false }
    }
    if (!row || row.sha256 !== input.sha256 || row.bytes !== input.bytes) {
      resetUpload(deps.db, input.photoId, input.sha256, input.bytes, at)
      row = findUpload(deps.db, input.photoId) as UploadRow
    }
    if (input.offset !== row.received) {
      // Not where we are: tell the device what we hold so it resumes from there.
      throw new AppError('conflict', undefined, { upload: statusOf(row) })
    }
    appendChunk(deps.db, input.photoId, input.offset, input.data, at)
    if (row.received + input.data.byteLength < row.bytes) {
      return { status: statusOf(findUpload(deps.db, input.photoId) as UploadRow), mismatch: false }
    }
    return complete(deps, row, input.data, at)
  })
}

/** The last byte arrived: verify the whole and store it, or discard it all and say so. */
// The reset is returned, not thrown, so the transaction commits it before the route answers 422.
// The last chunk is taken from memory; only the earlier ones (none for a photo sent in one chunk)
// are read back from the database. The whole (at most 7 MB) is checked as a JPEG, then hashed.
function complete(deps: Deps, row: UploadRow, last: Uint8Array, at: string): ChunkOutcome {
  const whole = Buffer.concat([...chunksOf(deps.db, row.photo_id, row.received), last])
  const actual = createHash('sha256').update(whole).digest('hex')
  if (actual !== row.sha256) {
    resetUpload(deps.db, row.photo_id, row.sha256, row.bytes, at)
    return { status: statusOf(findUpload(deps.db, row.photo_id) as UploadRow), mismatch: true }
  }
  const jpeg = checkJpeg(whole)
  if (!jpeg.ok) {
    resetUpload(deps.db, row.photo_id, row.sha256, row.bytes, at)
    return {
      status: statusOf(findUpload(deps.db, row.photo_id) as UploadRow),
      mismatch: false,
      invalid: jpeg.problem,
    }
  }
  markStored(deps.db, row.photo_id, row.sha256, row.bytes, at)
  return { status: statusOf(findUpload(deps.db, row.photo_id) as UploadRow), mismatch: false }
}
