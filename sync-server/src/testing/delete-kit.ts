import { newId } from '@madoguchi/shared'
import { expect } from 'vitest'
import type { Client, TestServer } from './harness'
import {
  intakeMutation,
  noteMutation,
  photoBytes,
  photoMutation,
  pushMutations,
  sessionMutation,
  TEST_DEVICE,
  uniqueWord,
} from './sync'

/**
 * What the deletion tests share (sync/delete-visitor and delete-photo tests): pushing as the outreach
 * tablet, a photo's bytes uploaded, what the database still holds of a record or of a photo's bytes,
 * and a visitor synced whole. `server` and `client` are read at each call: the files start a fresh
 * server for each test.
 */
export function deleteKit(server: () => TestServer, client: () => Client) {
  const push = (mutations: unknown[]) => pushMutations(client(), mutations)

  function putPhoto(id: string, photo: { data: Buffer; sha256: string }) {
    return server().app.request(
      `/api/sync/photos/${id}/chunks?offset=0&bytes=${photo.data.length}&sha256=${photo.sha256}&device=${TEST_DEVICE}`,
      {
        method: 'PUT',
        headers: { cookie: client().cookie, 'x-csrf-token': client().csrfToken },
        body: photo.data,
      },
    )
  }

  const count = (sql: string, ...params: unknown[]) =>
    server()
      .db.prepare(sql)
      .pluck()
      .get(...params) as number
  const held = (table: string, id: string) => count(`SELECT count(*) FROM ${table} WHERE id = ?`, id)
  const bytesHeld = (photoId: string, sha256: string) =>
    count('SELECT count(*) FROM photo_chunks WHERE photo_id = ?', photoId) +
    count('SELECT count(*) FROM photo_uploads WHERE photo_id = ?', photoId) +
    count('SELECT count(*) FROM photo_store WHERE sha256 = ?', sha256)

  /** A visitor that synced whole: the intake (with a memo), a note, a photo. */
  async function syncedVisitor(memo = uniqueWord('来場者メモ')) {
    const session = sessionMutation()
    const intake = intakeMutation(session.recordId, { memo })
    const note = noteMutation(session.recordId, intake.recordId, { text: uniqueWord('相談内容') })
    const photoId = newId()
    const photo = photoBytes(6000)
    expect((await putPhoto(photoId, photo)).status).toBe(200)
    const meta = photoMutation(session.recordId, intake.recordId, photoId, photo.sha256, photo.data.length)
    expect((await push([session, intake, note, meta])).map((r) => r.status)).toEqual([
      'applied',
      'applied',
      'applied',
      'applied',
    ])
    return { session, intake, note, photoId, photo, memo }
  }

  return { push, putPhoto, held, bytesHeld, syncedVisitor }
}
