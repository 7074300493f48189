import { newId, parseMutation } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import type { Receipt } from '../db/schema'
import { deletionOf } from './deletion'
import { planResend } from './resend'

const at = '2026-12-02T10:00:00.000Z'
const session = newId()
const deleted = (
  entity: Receipt['entity'],
  version: number,
  sessionId: string | null = session,
): Receipt => ({
  recordId: newId(),
  entity,
  version,
  confirmedAt: at,
  ...(sessionId ? { sessionId } : {}),
  deleted: true,
})

describe('sending again to a restored server', () => {
  it('queues every record still held at its version and every deletion made here', () => {
    const intake = { entity: 'intake' as const, id: newId(), version: 4 }
    const photo = { entity: 'photo' as const, id: newId(), version: 1 }
    const goneVisitor = deleted('intake', 3)
    const goneNote = deleted('consultation_note', 2)
    const sent = {
      recordId: newId(),
      entity: 'intake' as const,
      version: 2,
      confirmedAt: at,
      sessionId: session,
    }
    const entries = planResend([intake, photo], [goneVisitor, goneNote, sent], new Set(), at)
    expect(entries.map((e) => [e.recordId, e.version, e.deletion ? 'delete' : 'put'])).toEqual([
      [intake.id, 4, 'put'],
      [photo.id, 1, 'put'],
      [goneVisitor.recordId, 3, 'delete'],
      [goneNote.recordId, 2, 'delete'],
    ])
    expect(new Set(entries.map((e) => e.mutationId)).size).toBe(4) // new mutations, not repeats
    expect(entries.find((e) => e.recordId === photo.id)?.attempts).toBe(1) // asks what the server holds
    // The deletion travels as the server validates any deletion.
    const device = newId()
    const mutation = deletionOf(device, entries[2] as (typeof entries)[number])
    expect(parseMutation(mutation).success).toBe(true)
    expect(mutation.data).toMatchObject({ sessionId: session, photoIds: [], version: 3 })
  })

  it('leaves what is queued already, and deletions it cannot address', () => {
    const queued = { entity: 'intake' as const, id: newId(), version: 2 }
    const noSession = deleted('photo', 2, null)
    const session0 = { entity: 'outreach_session' as const, id: session, version: 1 }
    const entries = planResend([queued, session0], [noSession], new Set([queued.id]), at)
    expect(entries.map((e) => e.recordId)).toEqual([session])
  })
})
