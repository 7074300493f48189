import type { SyncEntity } from '@madoguchi/shared'
import { db, type OutboxEntry, type Receipt } from '../db/schema'
import { settings } from './settings'
import { isPurgeable, lastChange, tableFor } from './tables'

export type Outcome =
  | { entry: OutboxEntry; kind: 'confirmed'; sha256: string }
  | { entry: OutboxEntry; kind: 'rejected'; rejection: NonNullable<OutboxEntry['rejection']> }

const RECORD_TABLES = () => [db.outreachSessions, db.intakes, db.notes, db.photos]

/**
 * Apply the server's answers to one push, all in one IndexedDB transaction (one commit per batch
 * rather than per record keeps a day's backlog fast). For each confirmed entry (applied, or the
 * server already held that version): drop the outbox entry, keep a receipt, and purge the device's
 * copy, but only if the record is still exactly the confirmed version with nothing newer queued
 * (sync invariant 5). A save made while the push was in flight replaced the entry with a new mutation
 * id: then nothing here matches and nothing is touched, for a confirmation as for a rejection.
 */
export async function settle(outcomes: Outcome[], now = new Date()): Promise<void> {
  if (outcomes.length === 0) return
  await db.transaction('rw', [...RECORD_TABLES(), db.outbox, db.receipts], async () => {
    for (const outcome of outcomes) {
      const { entry } = outcome
      const current = await db.outbox.where('mutationId').equals(entry.mutationId).first()
      if (current?.seq === undefined) continue
      if (outcome.kind === 'rejected') {
        await db.outbox.update(current.seq, {
          state: 'rejected',
          rejection: outcome.rejection,
          attempts: current.attempts + 1,
        })
        continue
      }
      const table = tableFor(entry.entity)
      const record = await table.get(entry.recordId)
      await db.outbox.delete(current.seq)
      const receipt: Receipt = {
        recordId: entry.recordId,
        entity: entry.entity,
        version: entry.version,
        confirmedAt: now.toISOString(),
        sha256: outcome.sha256,
        ...(record?.sessionId ? { sessionId: record.sessionId } : {}),
      }
      await db.receipts.put(receipt)
      if (record && (await mayPurge(entry.entity, record, entry.version, now))) await table.delete(record.id)
    }
  })
}

async function mayPurge(
  entity: SyncEntity,
  record: { id: string; version: number; updatedAt?: string; takenAt?: string },
  confirmedVersion: number,
  now: Date,
): Promise<boolean> {
  if (!isPurgeable(entity) || record.version !== confirmedVersion) return false
  if (now.getTime() - lastChange(record) < settings.purgeGraceMs) return false
  return (await db.outbox.where('recordId').equals(record.id).count()) === 0
}

/** Purge what was confirmed earlier and has now outlived the grace period. */
export async function sweepConfirmed(now = new Date()): Promise<number> {
  let purged = 0
  for (const entity of ['intake', 'consultation_note', 'photo'] as const) {
    const table = tableFor(entity)
    await db.transaction('rw', table, db.outbox, db.receipts, async () => {
      const receipts = await db.receipts
        .where('recordId')
        .anyOf(await table.toCollection().primaryKeys())
        .toArray()
      for (const receipt of receipts) {
        const record = await table.get(receipt.recordId)
        if (record && (await mayPurge(entity, record, receipt.version, now))) {
          await table.delete(record.id)
          purged++
        }
      }
    })
  }
  return purged
}

/** Mark an entry rejected with a reason, unless it was replaced by a newer save meanwhile. */
export function markRejected(entry: OutboxEntry, rejection: NonNullable<OutboxEntry['rejection']>) {
  return settle([{ entry, kind: 'rejected', rejection }])
}
