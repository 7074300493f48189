import { describe, expect, it } from 'vitest'
import type { Receipt } from '../../db/schema'
import { tabletSummary } from './session-summary'

const receipt = (recordId: string, entity: Receipt['entity'], extra: Partial<Receipt> = {}): Receipt => ({
  recordId,
  entity,
  version: 1,
  confirmedAt: '2026-11-25T10:00:00Z',
  sessionId: 's',
  ...extra,
})

describe('the summary of a session as the tablet ends it', () => {
  it('counts visitors, applications, photos and notes on the tablet and already cleared, never a deleted one', () => {
    const { summary, clearedIncomplete } = tabletSummary(
      [
        { id: 'i1', purpose: 'new_application', complete: true },
        { id: 'i2', purpose: 'consultation_only', complete: false },
      ],
      { photos: [{ id: 'p1' }], notes: [] },
      [
        receipt('i1', 'intake', { purpose: 'new_application' }), // on the tablet: counted once
        receipt('i3', 'intake', { purpose: 'renewal' }),
        receipt('i4', 'intake', { purpose: 'new_application', closedIncomplete: true }),
        receipt('i5', 'intake', { purpose: 'photo_only', deleted: true }),
        receipt('p2', 'photo', { intakeId: 'i3' }),
        receipt('n1', 'consultation_note', { intakeId: 'i3' }),
        receipt('p1', 'photo'),
      ],
    )
    expect(summary).toEqual({ served: 4, applications: 2, photos: 2, consultations: 1, incomplete: 2 })
    expect(clearedIncomplete).toBe(1)
  })
})
