import {
  type Mutation,
  PHOTO_CHUNK_BYTES,
  PhotoUploadStatus,
  PushResponse,
  type ReferenceKind,
  ReferenceResponse,
} from '@madoguchi/shared'
import { ApiRequestError, api, timeoutFor } from '../app/api'
import { settings } from './settings'

/** The sync endpoints, typed by the shared schemas. Failures reject with ApiRequestError. */
export function push(deviceId: string, mutations: Mutation[]): Promise<PushResponse> {
  const body = { deviceId, mutations }
  // Sized by what goes out: a batch of 50 long notes takes longer on a poor line than one small edit.
  const timeoutMs = timeoutFor(JSON.stringify(body).length, settings.timeoutBaseMs)
  return api('/api/sync/push', { method: 'POST', body, schema: PushResponse, timeoutMs })
}

/** Reference data by kind: each kind with the version the device holds (0: none yet). */
export function pullKinds(since: Record<ReferenceKind, number>): Promise<ReferenceResponse> {
  const query = new URLSearchParams(Object.entries(since).map(([k, v]) => [k, String(v)]))
  return api(`/api/sync/reference?${query}`, { schema: ReferenceResponse, timeoutMs: settings.timeoutBaseMs })
}

/** What the server holds of a photo; null when it holds nothing yet. */
export async function photoStatus(photoId: string): Promise<PhotoUploadStatus | null> {
  try {
    return await api(`/api/sync/photos/${photoId}`, {
      schema: PhotoUploadStatus,
      timeoutMs: settings.timeoutBaseMs,
    })
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 404) return null
    throw error
  }
}

/** One chunk; `device` names this tablet, the only one the server lets continue or restart the upload. */
export function putChunk(
  photo: { id: string; bytes: number; sha256: string },
  offset: number,
  data: Blob,
  device: string,
): Promise<PhotoUploadStatus> {
  const query = `offset=${offset}&bytes=${photo.bytes}&sha256=${photo.sha256}&device=${device}`
  return api(`/api/sync/photos/${photo.id}/chunks?${query}`, {
    method: 'PUT',
    raw: { data, type: 'application/octet-stream' },
    schema: PhotoUploadStatus,
    timeoutMs: timeoutFor(data.size, settings.timeoutBaseMs),
  })
}

export const CHUNK_BYTES = PHOTO_CHUNK_BYTES

/** The server's view of an upload carried by a 409 (wrong offset) or 422 (hash mismatch) answer. */
export function uploadIn(error: ApiRequestError): PhotoUploadStatus | null {
  const parsed = PhotoUploadStatus.safeParse((error.details as { upload?: unknown } | undefined)?.upload)
  return parsed.success ? parsed.data : null
}
