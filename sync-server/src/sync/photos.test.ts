import { newId, PHOTO_CHUNK_BYTES } from '@madoguchi/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Client, quickClient, startTestServer, type TestServer } from '../testing/harness'
import { photoBytes, photoMutation, sessionMutation, TEST_DEVICE } from '../testing/sync'
import { readStored } from './photo-queries'

let server: TestServer
let client: Client
beforeEach(async () => {
  server = await startTestServer()
  client = quickClient(server, 'outreach')
})
afterEach(() => server.close())

function putChunk(id: string, offset: number, bytes: number, sha256: string, data: Uint8Array) {
  return server.app.request(
    `/api/sync/photos/${id}/chunks?offset=${offset}&bytes=${bytes}&sha256=${sha256}&device=${TEST_DEVICE}`,
    {
      method: 'PUT',
      headers: {
        cookie: client.cookie,
        'x-csrf-token': client.csrfToken,
        'content-type': 'application/octet-stream',
      },
      body: data,
    },
  )
}

const status = async (id: string) => client.request('GET', `/api/sync/photos/${id}`)
const blobOf = (sha: string) => readStored(server.db, sha)

describe('photo upload', () => {
  it('takes chunks, resumes from what the server holds, and stores the photo when the hash matches', async () => {
    const id = newId()
    const { data, sha256 } = photoBytes(PHOTO_CHUNK_BYTES * 2 + 1000)
    expect((await status(id)).status).toBe(404)
    const first = await putChunk(id, 0, data.length, sha256, data.subarray(0, PHOTO_CHUNK_BYTES))
    expect(await first.json()).toMatchObject({ received: PHOTO_CHUNK_BYTES, state: 'partial' })
    // A device that lost the answer asks, then sends from `received`; a stale offset gets 409 + status.
    const stale = await putChunk(id, 0, data.length, sha256, data.subarray(0, PHOTO_CHUNK_BYTES))
    expect(stale.status).toBe(409)
    expect(await stale.json()).toMatchObject({
      error: { details: { upload: { received: PHOTO_CHUNK_BYTES } } },
    })
    expect(await (await status(id)).json()).toMatchObject({ received: PHOTO_CHUNK_BYTES })
    await putChunk(
      id,
      PHOTO_CHUNK_BYTES,
      data.length,
      sha256,
      data.subarray(PHOTO_CHUNK_BYTES, 2 * PHOTO_CHUNK_BYTES),
    )
    const last = await putChunk(
      id,
      2 * PHOTO_CHUNK_BYTES,
      data.length,
      sha256,
      data.subarray(2 * PHOTO_CHUNK_BYTES),
    )
    expect(await last.json()).toMatchObject({ received: data.length, state: 'stored' })
    expect(blobOf(sha256)?.equals(data)).toBe(true)
    // A late repeat of the last chunk changes nothing.
    const repeat = await putChunk(
      id,
      2 * PHOTO_CHUNK_BYTES,
      data.length,
      sha256,
      data.subarray(2 * PHOTO_CHUNK_BYTES),
    )
    expect(await repeat.json()).toMatchObject({ state: 'stored' })
  })

  it('discards the whole upload and says so when the hash does not match', async () => {
    const id = newId()
    const { data } = photoBytes(5000)
    const wrong = photoBytes(10).sha256
    const res = await putChunk(id, 0, data.length, wrong, data)
    expect(res.status).toBe(422)
    expect(await res.json()).toMatchObject({
      error: { code: 'hash_mismatch', details: { upload: { received: 0 } } },
    })
    expect(await (await status(id)).json()).toMatchObject({ received: 0, state: 'partial' })
    expect(blobOf(wrong)).toBeUndefined()
    expect(server.db.prepare('SELECT count(*) FROM photo_chunks').pluck().get()).toBe(0)
  })

  it('refuses a chunk above the limit with 413 before reading it', async () => {
    const { data, sha256 } = photoBytes(PHOTO_CHUNK_BYTES + 4096)
    const res = await putChunk(newId(), 0, data.length, sha256, data)
    expect(res.status).toBe(413)
  })

  it('refuses chunks outside the photo and bad queries with 4xx', async () => {
    const { data, sha256 } = photoBytes(30_000)
    expect((await putChunk(newId(), 50, data.length, sha256, data)).status).toBe(400)
    expect((await putChunk(newId(), 0, data.length, 'nothex', data)).status).toBe(422)
    expect((await putChunk('not-a-uuid', 0, data.length, sha256, data)).status).toBe(422)
  })

  it('accepts the photo metadata only once the photo is stored', async () => {
    const session = sessionMutation()
    const id = newId()
    const { data, sha256 } = photoBytes(3000)
    const meta = photoMutation(session.recordId, newId(), id, sha256, data.length)
    const push = async () => {
      const res = await client.request('POST', '/api/sync/push', {
        deviceId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fdeed',
        mutations: [meta],
      })
      return ((await res.json()) as { results: { status: string; reason?: { code: string } }[] }).results[0]
    }
    expect(await push()).toMatchObject({ status: 'rejected', reason: { code: 'photo_not_stored' } })
    await putChunk(id, 0, data.length, sha256, data)
    expect(await push()).toMatchObject({ status: 'applied' })
  })
})
