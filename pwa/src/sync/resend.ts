import { DELETABLE_ENTITIES, newId, SYNC_ENTITIES, type SyncEntity } from '@madoguchi/shared'
import { db, type OutboxEntry, type Receipt } from '../db/schema'
import { tableFor } from './tables'

export interface HeldRecord {
  entity: SyncEntity
  id: string
  version: number
}

/**
 * What to send again to a server restored from a backup (or one this tablet has not seen before):
 * every record still on the tablet and every deletion made here, each as a new outbox entry with the
 * version the tablet holds. The server takes them as it takes any push: a version it lacks is
 * applied, one it holds is a duplicate, a deletion deletes again. Records already queued keep their
 * entry, which goes anyway. A deletion without its session cannot be sent and is left.
 */
export function planResend(
  held: HeldRecord[],
  receipts: Receipt[],
  queued: ReadonlySet<string>,
  now: string,
): OutboxEntry[] {
  const deletable = new Set<string>(DELETABLE_ENTITIES)
  const entry = (entity: SyncEntity, recordId: string, version: number): OutboxEntry => ({
    mutationId: newId(),
    entity,
    recordId,
    version,
    createdAt: now,
    state: 'pending',
    // A photo's bytes may be on the server already: asking first costs a request, not a re-upload.
    attempts: entity === 'photo' ? 1 : 0,
  })
  const records = held.filter((r) => !queued.has(r.id)).map((r) => entry(r.entity, r.id, r.version))
  const deletions = receipts
    .filter((r) => r.deleted && r.sessionId && deletable.has(r.entity) && !queued.has(r.recordId))
    .map((r) => ({
      ...entry(r.entity, r.recordId, r.version),
      attempts: 0,
      deletion: { sessionId: r.sessionId as string, deletedAt: r.confirmedAt, photoIds: [] },
    }))
  return [...records, ...deletions]
}

/** Queue the resend, in the caller's transaction (it must include the record tables and outbox). */
export async function queueResend(now: string): Promise<{ records: number; deletions: number }> {
  const queued = new Set((await db.outbox.toArray()).map((e) => e.recordId))
  const held: HeldRecord[] = []
  for (const entity of SYNC_ENTITIES) {
    // Keys and versions only: the photos' JPEGs are not read here.
    await tableFor(entity)
      .toCollection()
      .each((r) => {
        held.push({ entity, id: r.id, version: r.version })
      })
  }
  const receipts = await db.receipts.filter((r) => r.deleted === true).toArray()
  const entries = planResend(held, receipts, queued, now)
  if (entries.length) await db.outbox.bulkAdd(entries)
  const deletions = entries.filter((e) => e.deletion).length
  return { records: entries.length - deletions, deletions }
}
