import { newId, PHOTO_CHUNK_BYTES } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import type { Client } from '../testing/harness'
import {
  deleteMutation,
  intakeMutation,
  noteMutation,
  photoBytes,
  pushMutations,
  sessionMutation,
  TEST_DEVICE,
} from '../testing/sync'
import { useTestServer } from '../testing/use-server'
import { MAX_VERSION_STEP } from './push-service'

// Issue #11.5: a record belongs to the device and the account that first sent it.
const t = useTestServer('outreach')

const OTHER_DEVICE = '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fbeef'
const onDevice = <T extends { deviceId: string }>(m: T, deviceId: string): T => ({ ...m, deviceId })

const memoOf = (id: string) =>
  JSON.parse((t.server.db.prepare('SELECT data FROM intakes WHERE id = ?').pluck().get(id) as string) ?? '{}')
    .memo as string | undefined

async function ownIntake() {
  const session = sessionMutation()
  const intake = intakeMutation(session.recordId, { memo: 'first' })
  expect((await pushMutations(t.client, [session, intake])).map((r) => r.status)).toEqual([
    'applied',
    'applied',
  ])
  return { session, intake }
}

describe('ownership of synced records', () => {
  it('refuses another account a new version of the record (not_owner), and keeps the owner’s', async () => {
    const { session, intake } = await ownIntake()
    const forged = intakeMutation(session.recordId, { id: intake.recordId, version: 2, memo: 'forged' })
    const [result] = await pushMutations(t.as('supervisor'), [onDevice(forged, OTHER_DEVICE)])
    expect(result).toMatchObject({ status: 'rejected', reason: { code: 'not_owner' } })
    expect(result?.reason?.message).toContain('別の端末')
    expect(memoOf(intake.recordId)).toBe('first')
    // The owner's next version still applies.
    const next = intakeMutation(session.recordId, { id: intake.recordId, version: 2, memo: 'second' })
    expect((await pushMutations(t.client, [next]))[0]?.status).toBe('applied')
    expect(memoOf(intake.recordId)).toBe('second')
  })

  it('refuses the same account from another device: device ids are checked as well', async () => {
    const { session, intake } = await ownIntake()
    const elsewhere = intakeMutation(session.recordId, { id: intake.recordId, version: 2, memo: 'other' })
    const [result] = await pushMutations(t.client, [onDevice(elsewhere, OTHER_DEVICE)])
    expect(result?.reason?.code).toBe('not_owner')
    expect(memoOf(intake.recordId)).toBe('first')
  })

  it('refuses another account the deletion of a note, and the note stays', async () => {
    const session = sessionMutation()
    const note = noteMutation(session.recordId, null)
    await pushMutations(t.client, [session, note])
    const deletion = onDevice(
      deleteMutation('consultation_note', note.recordId, session.recordId),
      OTHER_DEVICE,
    )
    const [result] = await pushMutations(t.as('admin'), [deletion])
    expect(result?.reason?.code).toBe('not_owner')
    const held = t.server.db
      .prepare('SELECT count(*) FROM consultation_notes WHERE id = ?')
      .pluck()
      .get(note.recordId)
    expect(held).toBe(1)
    expect(t.server.db.prepare('SELECT count(*) FROM sync_tombstones').pluck().get()).toBe(0)
  })

  it('refuses a note or an intake hung on another tablet’s visitor or session', async () => {
    const { session, intake } = await ownIntake()
    const other = t.as('supervisor')
    const note = onDevice(noteMutation(session.recordId, intake.recordId), OTHER_DEVICE)
    const visitor = onDevice(intakeMutation(session.recordId), OTHER_DEVICE)
    const results = await pushMutations(other, [note, visitor])
    expect(results.map((r) => r.reason?.code)).toEqual(['not_owner', 'not_owner'])
  })

  it('refuses a version more than the allowed step ahead (version_gap): 2^53-1 no longer freezes a record', async () => {
    const { session, intake } = await ownIntake()
    const huge = intakeMutation(session.recordId, {
      id: intake.recordId,
      version: Number.MAX_SAFE_INTEGER,
      memo: 'frozen',
    })
    const tooFar = intakeMutation(session.recordId, {
      id: intake.recordId,
      version: 1 + MAX_VERSION_STEP + 1,
      memo: 'far',
    })
    const results = await pushMutations(t.client, [huge, tooFar])
    expect(results.map((r) => r.reason?.code)).toEqual(['version_gap', 'version_gap'])
    expect(results[0]?.reason?.message).toContain('版番号')
    const next = intakeMutation(session.recordId, {
      id: intake.recordId,
      version: 1 + MAX_VERSION_STEP,
      memo: 'ok',
    })
    expect((await pushMutations(t.client, [next]))[0]?.status).toBe('applied')
    // A first version far from 1 is refused too.
    const fresh = intakeMutation(session.recordId, { version: MAX_VERSION_STEP + 1 })
    expect((await pushMutations(t.client, [fresh]))[0]?.reason?.code).toBe('version_gap')
  })
})

describe('ownership of photo uploads', () => {
  // Client.request sends JSON; a chunk is raw bytes.
  function chunk(
    client: Client,
    id: string,
    photo: { data: Buffer; sha256: string },
    device: string,
    end: number,
  ) {
    return t.server.app.request(
      `/api/sync/photos/${id}/chunks?offset=0&bytes=${photo.data.length}&sha256=${photo.sha256}&device=${device}`,
      {
        method: 'PUT',
        headers: {
          cookie: client.cookie,
          'x-csrf-token': client.csrfToken,
          'content-type': 'application/octet-stream',
        },
        body: photo.data.subarray(0, end),
      },
    )
  }

  it('lets nobody but the owner device and account restart a half-finished upload', async () => {
    const id = newId()
    const photo = photoBytes(PHOTO_CHUNK_BYTES + 50_000)
    const first = await chunk(t.client, id, photo, TEST_DEVICE, PHOTO_CHUNK_BYTES)
    expect(first.status).toBe(200)
    const other = photoBytes(30_000)
    for (const [client, device] of [
      [t.as('supervisor'), OTHER_DEVICE],
      [t.as('supervisor'), TEST_DEVICE],
      [t.client, OTHER_DEVICE],
    ] as const) {
      const res = await chunk(client, id, other, device, other.data.length)
      expect(res.status).toBe(403)
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_owner')
    }
    const row = t.server.db.prepare('SELECT received, sha256 FROM photo_uploads WHERE photo_id = ?').get(id)
    expect(row).toEqual({ received: PHOTO_CHUNK_BYTES, sha256: photo.sha256 })
    // Another account cannot even learn that the upload exists; the owner can.
    expect((await t.as('supervisor').request('GET', `/api/sync/photos/${id}`)).status).toBe(404)
    expect((await t.client.request('GET', `/api/sync/photos/${id}`)).status).toBe(200)
  })

  it('records who started an upload, ids only', async () => {
    const id = newId()
    const photo = photoBytes(30_000)
    expect((await chunk(t.client, id, photo, TEST_DEVICE, photo.data.length)).status).toBe(200)
    const row = t.server.db
      .prepare(
        "SELECT actor_role, detail FROM audit_log WHERE action = 'photo_upload_started' AND entity_id = ?",
      )
      .get(id) as { actor_role: string; detail: string }
    expect(row.actor_role).toBe('outreach')
    expect(JSON.parse(row.detail)).toEqual({ deviceId: TEST_DEVICE, bytes: photo.data.length })
  })
})
