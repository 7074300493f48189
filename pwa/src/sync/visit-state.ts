import { type ChecklistTemplate, evaluateIntakes, type SyncEntity } from '@madoguchi/shared'
import { db } from '../db/schema'
import { heldWithSent } from '../outreach/intake/sent'
import type { PurgeCandidate, VisitHold, VisitState } from './purge-rule'
import { lastChange } from './tables'

/** The tables `readVisits` reads: a transaction that calls it must include them. */
export const VISIT_TABLES = () => [
  db.outreachSessions,
  db.intakes,
  db.notes,
  db.photos,
  db.outbox,
  db.receipts,
  db.reference,
]

/**
 * Where each visitor of the given sessions stands, for the purge rule (purge-rule.ts): finished
 * (complete by the same shared rule the visitor list uses, sent photos and notes counted, or closed
 * as incomplete), confirmed, last touched, and whether their session's end is confirmed. Inside a
 * transaction it reads through it; ids, times and checklist states only.
 */
export async function readVisits(
  sessionIds: readonly string[],
): Promise<(entity: SyncEntity, record: PurgeCandidate) => VisitState> {
  const ids = [...new Set(sessionIds)]
  const [sessions, intakes, notes, photos, receipts, reference] = await Promise.all([
    db.outreachSessions.bulkGet(ids),
    db.intakes.where('sessionId').anyOf(ids).toArray(),
    db.notes.where('sessionId').anyOf(ids).toArray(),
    db.photos
      .where('sessionId')
      .anyOf(ids)
      .toArray((all) =>
        all.map(({ id, intakeId, version, takenAt }) => ({ id, intakeId, version, takenAt })),
      ),
    db.receipts.where('sessionId').anyOf(ids).toArray(),
    db.reference.get('current'),
  ])
  const sessionRecords = sessions.flatMap((s) => (s ? [s] : []))
  const queued = new Set(
    (
      await db.outbox
        .where('recordId')
        .anyOf([...sessionRecords, ...intakes, ...notes, ...photos].map((r) => r.id))
        .toArray()
    ).map((e) => e.recordId),
  )
  const confirmed = new Map(receipts.map((r) => [r.recordId, r.version]))
  const sessionConfirmed = await db.receipts.bulkGet(sessionRecords.map((s) => s.id))
  const ended = new Set(
    sessionRecords
      .filter((s, i) => s.endedAt && !queued.has(s.id) && sessionConfirmed[i]?.version === s.version)
      .map((s) => s.id),
  )
  const templates: ChecklistTemplate[] = reference?.templates ?? []
  const results = evaluateIntakes(
    intakes,
    {
      photos: heldWithSent(photos, receipts, 'photo') as { intakeId: string }[],
      notes: heldWithSent(notes, receipts, 'consultation_note'),
    },
    templates,
  )
  const visits = new Map<string, VisitHold>()
  for (const intake of intakes) {
    const own = [
      intake,
      ...notes.filter((n) => n.intakeId === intake.id),
      ...photos.filter((p) => p.intakeId === intake.id),
    ]
    visits.set(intake.id, {
      finished: results.get(intake.id)?.complete === true || intake.closedIncomplete !== undefined,
      acknowledged: own.every((r) => !queued.has(r.id)) && confirmed.get(intake.id) === intake.version,
      lastTouched: Math.max(...own.map(lastChange)),
      sessionEnded: ended.has(intake.sessionId),
    })
  }
  return (entity, record) => {
    if (entity === 'intake') return visits.get(record.id) ?? 'gone'
    if (entity === 'photo' || entity === 'consultation_note') {
      if (record.intakeId) return visits.get(record.intakeId) ?? 'gone'
      // A note about the session, not a visitor: held like a finished visitor of its own.
      return {
        finished: true,
        acknowledged: true,
        lastTouched: lastChange(record),
        sessionEnded: ended.has(record.sessionId ?? ''),
      }
    }
    return 'gone'
  }
}
