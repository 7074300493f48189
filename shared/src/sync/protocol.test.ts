import { describe, expect, it } from 'vitest'
import { newId } from '../ids'
import { parseMutation } from './protocol'

const now = new Date().toISOString()
const session = newId()

function tombstone(overrides: Record<string, unknown> = {}, data: Record<string, unknown> = {}) {
  const id = newId()
  return {
    op: 'delete',
    mutationId: newId(),
    deviceId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fd001',
    recordId: id,
    version: 3,
    entity: 'intake',
    data: { id, sessionId: session, photoIds: [newId()], deletedAt: now, version: 3, ...data },
    ...overrides,
  }
}

const note = () => {
  const id = newId()
  return {
    mutationId: newId(),
    deviceId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fd001',
    recordId: id,
    version: 1,
    entity: 'consultation_note',
    data: {
      id,
      sessionId: session,
      intakeId: null,
      category: 'how_to_apply',
      text: '説明した',
      followUp: false,
      createdAt: now,
      updatedAt: now,
      version: 1,
    },
  }
}

describe('parseMutation', () => {
  it('reads a record version with or without `op: put` (older devices send none)', () => {
    expect(parseMutation(note()).success).toBe(true)
    const put = parseMutation({ ...note(), op: 'put' })
    expect(put.success && put.data.op).toBe('put')
  })

  it('reads a deletion of an intake or a note: ids only', () => {
    const parsed = parseMutation(tombstone())
    expect(parsed.success).toBe(true)
    if (parsed.success && parsed.data.op === 'delete') expect(parsed.data.data.photoIds).toHaveLength(1)
    expect(parseMutation(tombstone({ entity: 'consultation_note' }, { photoIds: [] })).success).toBe(true)
  })

  it('reads the deletion of a photo a retake replaced, which names no other photo', () => {
    const parsed = parseMutation(tombstone({ entity: 'photo' }, { photoIds: [] }))
    expect(parsed.success && parsed.data.entity).toBe('photo')
    const reaching = parseMutation(tombstone({ entity: 'photo' }))
    expect(reaching.error?.issues.map((i) => i.path.join('.'))).toEqual(['data.photoIds'])
    const noteReaching = parseMutation(tombstone({ entity: 'consultation_note' }))
    expect(noteReaching.success).toBe(false)
  })

  it('refuses to delete a session, and an unknown op', () => {
    expect(parseMutation(tombstone({ entity: 'outreach_session' })).success).toBe(false)
    expect(parseMutation({ ...note(), op: 'purge' }).success).toBe(false)
  })

  it('reports a bad deletion on its own fields, not as "matches no option"', () => {
    const parsed = parseMutation(tombstone({}, { photoIds: ['not-a-uuid'], deletedAt: 'yesterday' }))
    expect(parsed.success).toBe(false)
    const paths = parsed.error?.issues.map((i) => i.path.join('.'))
    expect(paths).toEqual(expect.arrayContaining(['data.photoIds.0', 'data.deletedAt']))
  })

  it('never lets a deletion carry the record itself', () => {
    const parsed = parseMutation(tombstone({}, { memo: '来場者のメモ' }))
    expect(parsed.success && JSON.stringify(parsed.data)).not.toContain('来場者のメモ')
  })
})
