import { afterEach, describe, expect, it, vi } from 'vitest'
import type { StoredPhoto } from '../db/schema'
import { PhotoDamagedError, uploadPhoto } from './upload'

/** A stored photo whose bytes the browser can no longer read (its file behind IndexedDB is gone). */
function unreadablePhoto(): StoredPhoto {
  const lost = new DOMException('The requested file could not be read', 'NotReadableError')
  const blob = { size: 2048, slice: () => ({ arrayBuffer: () => Promise.reject(lost) }) }
  return {
    id: 'photo-lost',
    sessionId: 's',
    intakeId: 'i',
    sha256: 'a'.repeat(64),
    bytes: 2048,
    width: 1200,
    height: 1543,
    takenAt: new Date().toISOString(),
    version: 1,
    blob: blob as unknown as Blob,
  } as StoredPhoto
}

describe('uploadPhoto', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('reports a photo the device cannot read as the photo’s problem, not as a lost network', async () => {
    const fetch = vi.fn(async (_url: string, init: RequestInit) => {
      await (init.body as Blob).arrayBuffer() // what fetch does with a body it cannot read
      return Response.json({})
    })
    vi.stubGlobal('fetch', fetch)
    const failure = await uploadPhoto(unreadablePhoto(), false, () => undefined, 'device').catch(
      (e: unknown) => e,
    )
    expect(failure).toBeInstanceOf(PhotoDamagedError)
    expect((failure as PhotoDamagedError).code).toBe('photo_unreadable')
    expect(fetch).not.toHaveBeenCalled()
  })
})
