import { createHash } from 'node:crypto'
import { makeIndividualNumber, newId } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import { photoBytes, TEST_DEVICE } from '../testing/sync'
import { useTestServer } from '../testing/use-server'

// #11.2: photo chunks carry nothing but a face photo. The assembled upload is checked as a JPEG
// within the photo rules before it is kept; anything else is dropped whole and answered 422.
const t = useTestServer('outreach')

function upload(data: Buffer) {
  const sha256 = createHash('sha256').update(data).digest('hex')
  const id = newId()
  const client = t.client
  return {
    id,
    res: t.server.app.request(
      `/api/sync/photos/${id}/chunks?offset=0&bytes=${data.length}&sha256=${sha256}&device=${TEST_DEVICE}`,
      {
        method: 'PUT',
        headers: {
          cookie: client.cookie,
          'x-csrf-token': client.csrfToken,
          'content-type': 'application/octet-stream',
        },
        body: data,
      },
    ),
  }
}

const held = (id: string) =>
  t.server.db.prepare('SELECT received, state FROM photo_uploads WHERE photo_id = ?').get(id)

describe('the assembled photo', () => {
  it.each([
    [
      'text holding an individual number',
      Buffer.from(`${makeIndividualNumber('46120583917')}\n`.repeat(2000)),
    ],
    [
      'a JPEG head with no end marker',
      Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(30_000, 7)]),
    ],
    [
      'zero bytes of a PNG size',
      Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'binary'), Buffer.alloc(30_000)]),
    ],
  ])('refuses %s with 422 invalid_photo and keeps none of it', async (_, data) => {
    const { id, res } = upload(data)
    const answer = await res
    expect(answer.status).toBe(422)
    const body = (await answer.json()) as { error: { code: string; details: { problem: string } } }
    expect(body.error.code).toBe('invalid_photo')
    expect(body.error.details.problem).toBe('not_jpeg')
    expect(held(id)).toEqual({ received: 0, state: 'partial' })
    expect(t.server.db.prepare('SELECT count(*) FROM photo_chunks WHERE photo_id = ?').pluck().get(id)).toBe(
      0,
    )
    expect(t.server.db.prepare('SELECT count(*) FROM photo_store').pluck().get()).toBe(0)
  })

  it('stores a JPEG within the rules', async () => {
    const { id, res } = upload(photoBytes(40_000).data)
    expect((await res).status).toBe(200)
    expect(held(id)).toEqual({ received: expect.any(Number), state: 'stored' })
  })
})
