import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { newId, type ReviewSessionDetail } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import { listAudit } from '../testing/audit'
import { deleteKit } from '../testing/delete-kit'
import {
  deleteMutation,
  intakeMutation,
  noteMutation,
  photoBytes,
  photoMutation,
  sessionMutation,
} from '../testing/sync'
import { useTestServer } from '../testing/use-server'

// Deleting a visitor entered by mistake, as the outreach tablet sends it: the intake with its notes
// and photos. A photo a retake replaced is deleted on its own: delete-photo.test.ts.

const t = useTestServer('outreach')
const { push, putPhoto, held, bytesHeld, syncedVisitor } = deleteKit(
  () => t.server,
  () => t.client,
)

describe('deleting a visitor entered by mistake', () => {
  it('removes the intake with its notes and photo bytes, keeps a tombstone of ids, and audits it', async () => {
    const v = await syncedVisitor()
    const other = intakeMutation(v.session.recordId, { visitorNo: 2 })
    await push([other])
    const del = deleteMutation('intake', v.intake.recordId, v.session.recordId, { photoIds: [v.photoId] })
    expect((await push([del]))[0]?.status).toBe('applied')

    expect(held('intakes', v.intake.recordId)).toBe(0)
    expect(held('consultation_notes', v.note.recordId)).toBe(0)
    expect(held('photos', v.photoId)).toBe(0)
    expect(bytesHeld(v.photoId, v.photo.sha256)).toBe(0)
    expect(held('intakes', other.recordId)).toBe(1) // the session's other visitor stays
    const tombs = t.server.db.prepare('SELECT * FROM sync_tombstones ORDER BY entity').all()
    expect(tombs.map((t) => (t as { entity: string }).entity)).toEqual([
      'consultation_note',
      'intake',
      'photo',
    ])
    expect(JSON.stringify(tombs)).not.toContain(v.memo)
    const [audit] = listAudit(t.server.db, { entity: 'intake', entityId: v.intake.recordId })
    expect(audit).toMatchObject({ action: 'sync_delete', actor_role: 'outreach' })
    expect(JSON.parse(audit?.detail ?? '{}')).toMatchObject({ held: true, notes: 1, photos: 1, version: 2 })
  })

  it('leaves no trace of the deleted text or photo bytes in the database file', async () => {
    const v = await syncedVisitor()
    const file = join(t.server.dir, 'test.sqlite')
    const inFile = (needle: Buffer | string) => {
      t.server.db.pragma('wal_checkpoint(TRUNCATE)')
      return readFileSync(file).includes(needle)
    }
    const photoSlice = v.photo.data.subarray(1000, 1064)
    expect(inFile(v.memo)).toBe(true) // the check can see them before the deletion
    expect(inFile(photoSlice)).toBe(true)
    await push([deleteMutation('intake', v.intake.recordId, v.session.recordId)])
    expect(inFile(v.memo)).toBe(false)
    expect(inFile(photoSlice)).toBe(false)
  })

  it('the review no longer shows it and counts the session without it', async () => {
    const v = await syncedVisitor()
    await push([deleteMutation('intake', v.intake.recordId, v.session.recordId)])
    const res = await t.as('supervisor').request('GET', `/api/outreach-review/sessions/${v.session.recordId}`)
    const body = (await res.json()) as ReviewSessionDetail
    expect(body.intakes).toEqual([])
    expect(body.notes).toEqual([])
    expect(body.photos).toEqual([])
    expect(body.session).toMatchObject({ intakes: 0, notes: 0, photos: 0, complete: 0, incomplete: 0 })
    const photo = await t.as('supervisor').request('GET', `/api/outreach-review/photos/${v.photoId}`)
    expect(photo.status).toBe(404)
  })

  it('is idempotent: the same deletion replayed, or sent again with a new id, changes nothing', async () => {
    const v = await syncedVisitor()
    const del = deleteMutation('intake', v.intake.recordId, v.session.recordId)
    expect((await push([del]))[0]?.status).toBe('applied')
    expect((await push([del, del]))[0]?.status).toBe('duplicate')
    const again = deleteMutation('intake', v.intake.recordId, v.session.recordId, { version: 3 })
    expect((await push([again]))[0]?.status).toBe('duplicate')
    expect(listAudit(t.server.db, { entity: 'intake', entityId: v.intake.recordId })[0]?.action).toBe(
      'sync_delete',
    )
    expect(
      listAudit(t.server.db, { entity: 'intake', entityId: v.intake.recordId }).filter(
        (a) => a.action === 'sync_delete',
      ),
    ).toHaveLength(1)
  })

  it('never brings it back: an older or newer version, its note or its photo arriving late', async () => {
    const v = await syncedVisitor()
    await push([deleteMutation('intake', v.intake.recordId, v.session.recordId)])
    const older = intakeMutation(v.session.recordId, { id: v.intake.recordId, version: 1, memo: 'old' })
    const newer = intakeMutation(v.session.recordId, { id: v.intake.recordId, version: 9, memo: 'new' })
    const lateNote = noteMutation(v.session.recordId, v.intake.recordId)
    const lateNoteEdit = noteMutation(v.session.recordId, v.intake.recordId, {
      id: v.note.recordId,
      version: 5,
    })
    const latePhotoId = newId()
    const latePhoto = photoBytes(5000)
    expect((await putPhoto(latePhotoId, latePhoto)).status).toBe(200) // bytes before the metadata
    const lateMeta = photoMutation(
      v.session.recordId,
      v.intake.recordId,
      latePhotoId,
      latePhoto.sha256,
      latePhoto.data.length,
    )
    const results = await push([older, newer, lateNote, lateNoteEdit, lateMeta])
    expect(results.map((r) => r.status)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
      'duplicate',
      'duplicate',
    ])
    expect(held('intakes', v.intake.recordId)).toBe(0)
    expect(held('consultation_notes', lateNote.recordId)).toBe(0)
    expect(held('consultation_notes', v.note.recordId)).toBe(0)
    expect(bytesHeld(latePhotoId, latePhoto.sha256)).toBe(0)
    // A chunk of a deleted photo is refused outright.
    const chunk = await putPhoto(v.photoId, v.photo)
    expect(chunk.status).toBe(410)
    expect(((await chunk.json()) as { error: { code: string } }).error.code).toBe('record_deleted')
    expect(bytesHeld(v.photoId, v.photo.sha256)).toBe(0)
  })

  it('deletes an intake the server never saw: the tombstone stops a late first delivery, photo bytes go', async () => {
    const session = sessionMutation()
    const intake = intakeMutation(session.recordId)
    const photoId = newId()
    const photo = photoBytes(4000)
    expect((await putPhoto(photoId, photo)).status).toBe(200) // uploaded, metadata never pushed
    const del = deleteMutation('intake', intake.recordId, session.recordId, { photoIds: [photoId] })
    expect((await push([session, del]))[1]?.status).toBe('applied')
    expect(bytesHeld(photoId, photo.sha256)).toBe(0)
    expect((await push([intake]))[0]?.status).toBe('duplicate')
    expect(held('intakes', intake.recordId)).toBe(0)
    const [audit] = listAudit(t.server.db, { entity: 'intake', entityId: intake.recordId })
    expect(JSON.parse(audit?.detail ?? '{}')).toMatchObject({ held: false, photos: 1 })
  })

  it('deletes one note and leaves its intake; refuses photo ids that belong to another visitor', async () => {
    const a = await syncedVisitor()
    const b = await syncedVisitor()
    expect(
      (await push([deleteMutation('consultation_note', a.note.recordId, a.session.recordId)]))[0]?.status,
    ).toBe('applied')
    expect(held('consultation_notes', a.note.recordId)).toBe(0)
    expect(held('intakes', a.intake.recordId)).toBe(1)
    expect(held('photos', a.photoId)).toBe(1)
    // b's photo named in a's deletion stays with b.
    const del = deleteMutation('intake', a.intake.recordId, a.session.recordId, { photoIds: [b.photoId] })
    expect((await push([del]))[0]?.status).toBe('applied')
    expect(held('photos', a.photoId)).toBe(0)
    expect(held('photos', b.photoId)).toBe(1)
    expect(bytesHeld(b.photoId, b.photo.sha256)).toBe(3)
  })

  it('rejects a malformed deletion with field-level reasons, and never deletes a session', async () => {
    const session = sessionMutation()
    await push([session])
    const bad = { ...deleteMutation('intake', newId(), session.recordId), entity: 'outreach_session' }
    const [result] = await push([bad])
    expect(result).toMatchObject({ status: 'rejected', reason: { code: 'invalid' } })
    expect(result?.reason?.fields?.entity).toBeDefined()
    const mismatch = deleteMutation('intake', newId(), session.recordId, { version: 4 })
    const [wrong] = await push([{ ...mismatch, data: { ...(mismatch.data as object), version: 5 } }])
    expect(wrong?.reason?.code).toBe('mismatch')
    expect(held('outreach_sessions', session.recordId)).toBe(1)
  })
})
