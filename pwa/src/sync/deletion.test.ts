import { newId, parseMutation } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import type { OutboxEntry } from '../db/schema'
import { deletionOf } from './deletion'
import { isPhotoUpload } from './tables'

const entry = (entity: OutboxEntry['entity']): OutboxEntry => ({
  seq: 7,
  mutationId: newId(),
  entity,
  recordId: newId(),
  version: 4,
  createdAt: new Date().toISOString(),
  state: 'pending',
  attempts: 0,
  deletion: deletionData(),
})

function deletionData() {
  return { sessionId: newId(), deletedAt: new Date().toISOString(), photoIds: [newId()] }
}

describe('a deletion as the device sends it', () => {
  it('is what the server parses as a deletion, with the version and ids of the outbox entry', () => {
    const queued = entry('intake')
    const parsed = parseMutation(deletionOf('0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fd001', queued))
    expect(parsed.success).toBe(true)
    expect(parsed.data).toMatchObject({
      op: 'delete',
      mutationId: queued.mutationId,
      recordId: queued.recordId,
      version: 4,
      data: { id: queued.recordId, version: 4, photoIds: queued.deletion?.photoIds },
    })
    expect(
      parseMutation(deletionOf('0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fd001', entry('consultation_note'))).success,
    ).toBe(false)
    const note = { ...entry('consultation_note'), deletion: { ...deletionData(), photoIds: [] } }
    expect(parseMutation(deletionOf('0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fd001', note)).success).toBe(true)
  })

  it('sends the deletion of a photo a retake replaced as a record, never as bytes to upload', () => {
    const replaced = { ...entry('photo'), deletion: { ...deletionData(), photoIds: [] } }
    expect(parseMutation(deletionOf('0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fd001', replaced))).toMatchObject({
      success: true,
      data: { op: 'delete', entity: 'photo', recordId: replaced.recordId },
    })
    expect(isPhotoUpload(replaced)).toBe(false)
    expect(isPhotoUpload({ ...replaced, deletion: undefined })).toBe(true)
  })

  it('names who unlocked the tablet when it was deleted, if the entry says', () => {
    const queued = { ...entry('intake'), actedBy: 'staff-2' }
    const parsed = parseMutation(deletionOf('0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fd001', queued))
    expect(parsed.success && parsed.data.actedBy).toBe('staff-2')
    expect(deletionOf('0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fd001', entry('intake'))).not.toHaveProperty('actedBy')
  })

  it('carries only ids and times: nothing a visitor said or showed', () => {
    const sent = deletionOf('0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fd001', entry('intake'))
    expect(Object.keys(sent.data).sort()).toEqual(['deletedAt', 'id', 'photoIds', 'sessionId', 'version'])
  })
})
