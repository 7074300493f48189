import { ApiRequestError } from '../app/api'
import type { StoredPhoto } from '../db/schema'
import { CHUNK_BYTES, photoStatus, putChunk, uploadIn } from './transport'

/**
 * The photo cannot be stored: its bytes arrived damaged twice in a row (the JPEG on the device does
 * not match its hash), the server found it is no JPEG within the photo rules, or the device itself
 * can no longer read them (the browser lost the file behind the stored photo). Sending again cannot
 * help with any of these: the photo is marked for staff to retake, and the others go on.
 */
export class PhotoDamagedError extends Error {
  override name = 'PhotoDamagedError'
  constructor(
    photoId: string,
    readonly code: 'hash_mismatch' | 'invalid_photo' | 'photo_unreadable' = 'hash_mismatch',
  ) {
    super(photoId)
  }
}

/**
 * Send one photo's JPEG in chunks until the server says `stored` (sync invariant 4). A photo tried
 * before asks the server what it holds and resumes there; a wrong guess costs one 409, which carries
 * the server's count. `onBytes` reports bytes newly confirmed, for the progress bar.
 */
export async function uploadPhoto(
  photo: StoredPhoto,
  triedBefore: boolean,
  onBytes: (bytes: number) => void,
  device: string,
): Promise<void> {
  let received = 0
  if (triedBefore) {
    const held = await photoStatus(photo.id)
    if (held?.state === 'stored') return onBytes(photo.bytes)
    received = held?.received ?? 0
  }
  onBytes(received)
  let mismatches = 0
  while (true) {
    const chunk = await readChunk(photo, received, Math.min(received + CHUNK_BYTES, photo.bytes))
    let held: { received: number; state: string }
    try {
      held = await putChunk(photo, received, chunk, device)
    } catch (error) {
      const upload = error instanceof ApiRequestError ? uploadIn(error) : null
      if (!upload || !(error instanceof ApiRequestError)) throw error
      if (error.code === 'hash_mismatch' && ++mismatches >= 2) throw new PhotoDamagedError(photo.id)
      // Sending the same bytes again cannot help.
      if (error.code === 'invalid_photo') throw new PhotoDamagedError(photo.id, 'invalid_photo')
      held = upload // 409: resume where the server is; 422: it dropped everything, start again
    }
    onBytes(held.received - received)
    received = held.received
    if (held.state === 'stored') return
  }
}

/**
 * Read a chunk off the device before sending it, so a JPEG the browser can no longer read fails here,
 * as the photo's own problem, rather than inside fetch, where it looks exactly like a lost network.
 */
async function readChunk(photo: StoredPhoto, from: number, to: number): Promise<Blob> {
  try {
    return new Blob([await photo.blob.slice(from, to).arrayBuffer()])
  } catch {
    throw new PhotoDamagedError(photo.id, 'photo_unreadable')
  }
}
