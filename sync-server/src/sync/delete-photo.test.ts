import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { newId, type ReviewSessionDetail } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import { listAudit } from '../testing/audit'
import { deleteKit } from '../testing/delete-kit'
import { deleteMutation, intakeMutation, photoBytes, photoMutation, sessionMutation } from '../testing/sync'
import { useTestServer } from '../testing/use-server'

// Deleting a photo a retake replaced, as the outreach tablet sends it: the photo and its bytes go,
// the retake and the visitor stay, and bytes another photo record holds are kept.

const t = useTestServer('outreach')
const { push, putPhoto, held, bytesHeld, syncedVisitor } = deleteKit(
  () => t.server,
  () => t.client,
)

describe('deleting a photo a retake replaced', () => {
  /** The visitor's first photo synced; a retake (a new photo id) synced after it. */
  async function retaken() {
    const v = await syncedVisitor()
    const retakeId = newId()
    const retake = photoBytes(5000)
    expect((await putPhoto(retakeId, retake)).status).toBe(200)
    const meta = photoMutation(
      v.session.recordId,
      v.intake.recordId,
      retakeId,
      retake.sha256,
      retake.data.length,
    )
    expect((await push([meta]))[0]?.status).toBe('applied')
    return { ...v, retakeId, retake }
  }

  it('removes the replaced photo with its bytes, keeps the retake and the visitor, and audits it', async () => {
    const v = await retaken()
    const del = deleteMutation('photo', v.photoId, v.session.recordId, { version: 2 })
    expect((await push([del]))[0]?.status).toBe('applied')
    expect(held('photos', v.photoId)).toBe(0)
    expect(bytesHeld(v.photoId, v.photo.sha256)).toBe(0)
    expect(held('photos', v.retakeId)).toBe(1)
    expect(bytesHeld(v.retakeId, v.retake.sha256)).toBe(3)
    expect(held('intakes', v.intake.recordId)).toBe(1)
    expect(held('consultation_notes', v.note.recordId)).toBe(1)
    const tomb = t.server.db.prepare('SELECT entity, deleted_with FROM sync_tombstones').all()
    expect(tomb).toEqual([{ entity: 'photo', deleted_with: null }])
    const [audit] = listAudit(t.server.db, { entity: 'photo', entityId: v.photoId })
    expect(audit).toMatchObject({ action: 'sync_delete', actor_role: 'outreach' })
    expect(JSON.parse(audit?.detail ?? '{}')).toMatchObject({ held: true, notes: 0, photos: 1, version: 2 })

    const review = t.as('supervisor')
    const res = await review.request('GET', `/api/outreach-review/sessions/${v.session.recordId}`)
    const body = (await res.json()) as ReviewSessionDetail
    expect(body.photos.map((p) => p.id)).toEqual([v.retakeId])
    expect((await review.request('GET', `/api/outreach-review/photos/${v.photoId}`)).status).toBe(404)
    expect((await review.request('GET', `/api/outreach-review/photos/${v.retakeId}`)).status).toBe(200)
  })

  it('leaves no trace of the replaced JPEG in the database file', async () => {
    const v = await retaken()
    const file = join(t.server.dir, 'test.sqlite')
    const slice = v.photo.data.subarray(2000, 2064)
    const inFile = () => {
      t.server.db.pragma('wal_checkpoint(TRUNCATE)')
      return readFileSync(file).includes(slice)
    }
    expect(inFile()).toBe(true)
    await push([deleteMutation('photo', v.photoId, v.session.recordId)])
    expect(inFile()).toBe(false)
  })

  it('is idempotent, and a late chunk or metadata of the replaced photo never brings it back', async () => {
    const v = await retaken()
    const del = deleteMutation('photo', v.photoId, v.session.recordId)
    expect((await push([del]))[0]?.status).toBe('applied')
    expect((await push([del]))[0]?.status).toBe('duplicate')
    const again = deleteMutation('photo', v.photoId, v.session.recordId, { version: 3 })
    expect((await push([again]))[0]?.status).toBe('duplicate')
    const deletions = listAudit(t.server.db, { entity: 'photo', entityId: v.photoId })
    expect(deletions.filter((a) => a.action === 'sync_delete')).toHaveLength(1)

    const chunk = await putPhoto(v.photoId, v.photo)
    expect(chunk.status).toBe(410)
    expect(((await chunk.json()) as { error: { code: string } }).error.code).toBe('record_deleted')
    const late = photoMutation(
      v.session.recordId,
      v.intake.recordId,
      v.photoId,
      v.photo.sha256,
      v.photo.data.length,
    )
    expect((await push([late]))[0]?.status).toBe('duplicate')
    expect(held('photos', v.photoId)).toBe(0)
    expect(bytesHeld(v.photoId, v.photo.sha256)).toBe(0)
  })

  it('removes bytes whose metadata never arrived, and stops the metadata arriving later', async () => {
    const session = sessionMutation()
    const intake = intakeMutation(session.recordId)
    await push([session, intake])
    const photoId = newId()
    const photo = photoBytes(4000)
    expect((await putPhoto(photoId, photo)).status).toBe(200)
    const del = deleteMutation('photo', photoId, session.recordId)
    expect((await push([del]))[0]?.status).toBe('applied')
    expect(bytesHeld(photoId, photo.sha256)).toBe(0)
    const meta = photoMutation(session.recordId, intake.recordId, photoId, photo.sha256, 4000)
    expect((await push([meta]))[0]?.status).toBe('duplicate')
    expect(held('photos', photoId)).toBe(0)
    const [audit] = listAudit(t.server.db, { entity: 'photo', entityId: photoId })
    expect(JSON.parse(audit?.detail ?? '{}')).toMatchObject({ held: false, photos: 1 })
  })

  it('keeps bytes another photo record holds identically', async () => {
    const v = await syncedVisitor()
    const twinId = newId()
    expect((await putPhoto(twinId, v.photo)).status).toBe(200)
    const twin = photoMutation(
      v.session.recordId,
      v.intake.recordId,
      twinId,
      v.photo.sha256,
      v.photo.data.length,
    )
    expect((await push([twin]))[0]?.status).toBe('applied')
    expect((await push([deleteMutation('photo', v.photoId, v.session.recordId)]))[0]?.status).toBe('applied')
    expect(held('photos', v.photoId)).toBe(0)
    const res = await t.as('supervisor').request('GET', `/api/outreach-review/photos/${twinId}`)
    expect(Buffer.from(await res.arrayBuffer()).equals(v.photo.data)).toBe(true)
  })

  it('keeps bytes a second upload was answered "stored" for, before its record arrives', async () => {
    // Identical bytes are kept once, under the first photo; the second upload's chunks are dropped.
    const v = await syncedVisitor()
    const twinId = newId()
    expect((await putPhoto(twinId, v.photo)).status).toBe(200)
    expect((await push([deleteMutation('photo', v.photoId, v.session.recordId)]))[0]?.status).toBe('applied')
    const twin = photoMutation(
      v.session.recordId,
      v.intake.recordId,
      twinId,
      v.photo.sha256,
      v.photo.data.length,
    )
    expect((await push([twin]))[0]?.status).toBe('applied')
    const res = await t.as('supervisor').request('GET', `/api/outreach-review/photos/${twinId}`)
    expect(Buffer.from(await res.arrayBuffer()).equals(v.photo.data)).toBe(true)
    // Once the twin goes too, nothing of the bytes is left.
    expect((await push([deleteMutation('photo', twinId, v.session.recordId)]))[0]?.status).toBe('applied')
    expect(bytesHeld(twinId, v.photo.sha256)).toBe(0)
    expect(bytesHeld(v.photoId, v.photo.sha256)).toBe(0)
  })
})
