import { describe, expect, it } from 'vitest'
import type { Receipt } from '../../db/schema'
import { heldWithSent } from './sent'

const receipt = (recordId: string, entity: Receipt['entity'], intakeId: string, deleted?: true): Receipt => ({
  recordId,
  entity,
  version: 1,
  confirmedAt: '2026-12-02T01:00:00.000Z',
  sessionId: 'session',
  intakeId,
  ...(deleted ? { deleted } : {}),
})

describe('a visitor’s photo after the purge', () => {
  it('counts a photo the server confirmed and the device purged as present', () => {
    const held = heldWithSent([], [receipt('photo-1', 'photo', 'visitor-1')], 'photo')
    expect(held).toEqual([{ intakeId: 'visitor-1' }])
  })

  it('does not count a photo twice while it is still on the device, nor a deleted one', () => {
    const onDevice = [{ id: 'photo-1', intakeId: 'visitor-1' }]
    const receipts = [
      receipt('photo-1', 'photo', 'visitor-1'),
      receipt('photo-0', 'photo', 'visitor-2', true),
    ]
    expect(heldWithSent(onDevice, receipts, 'photo')).toEqual([{ intakeId: 'visitor-1' }])
  })

  it('counts sent notes for their visitor too', () => {
    const receipts = [
      receipt('note-1', 'consultation_note', 'visitor-3'),
      receipt('photo-1', 'photo', 'visitor-3'),
    ]
    expect(heldWithSent([], receipts, 'consultation_note')).toEqual([{ intakeId: 'visitor-3' }])
  })
})
