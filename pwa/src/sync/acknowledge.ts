import type { SyncEntity } from '@madoguchi/shared'
import { serverNow } from '../app/clock'
import { db, type OutboxEntry, type Receipt } from '../db/schema'
import { dropOrphanDrafts } from './drafts'
import { onScreen } from './on-screen'
import { type PurgeCandidate, purgeDue } from './purge-rule'
import { settings } from './settings'
import { tableFor } from './tables'

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
export async function settle(outcomes: Outcome[], now = serverNow()): Promise<void> {
  if (outcomes.length === 0) return
  await db.transaction('rw', [...RECORD_TABLES(), db.outbox, db.receipts], async () => {
    // Bulk reads and writes: a handful of IndexedDB requests per batch rather than several per record.
    const currents = await db.outbox
      .where('mutationId')
      .anyOf(outcomes.map((o) => o.entry.mutationId))
      .toArray()
    const current = new Map(currents.map((e) => [e.mutationId, e]))
    const confirmed: { entry: OutboxEntry; seq: number; sha256: string }[] = []
    for (const outcome of outcomes) {
      const seq = current.get(outcome.entry.mutationId)?.seq
      if (seq === undefined) continue
      if (outcome.kind === 'rejected') {
        await db.outbox.update(seq, {
          state: 'rejected',
          rejection: outcome.rejection,
          attempts: (current.get(outcome.entry.mutationId)?.attempts ?? 0) + 1,
        })
      } else {
        confirmed.push({ entry: outcome.entry, seq, sha256: outcome.sha256 })
      }
    }
    if (confirmed.length === 0) return
    const records = new Map<string, PurgeCandidate>()
    for (const entity of new Set(confirmed.map((c) => c.entry.entity))) {
      const ids = confirmed.filter((c) => c.entry.entity === entity).map((c) => c.entry.recordId)
      for (const record of await tableFor(entity).bulkGet(ids)) if (record) records.set(record.id, record)
    }
    await db.outbox.bulkDelete(confirmed.map((c) => c.seq))
    // A deleted intake is no longer on the device: its number is on the receipt its deletion wrote.
    const earlier = new Map(
      (await db.receipts.bulkGet(confirmed.map((c) => c.entry.recordId))).flatMap((r) =>
        r ? [[r.recordId, r] as const] : [],
      ),
    )
    await db.receipts.bulkPut(
      confirmed.map(({ entry, sha256 }): Receipt => {
        const sessionId =
          entry.deletion?.sessionId ??
          records.get(entry.recordId)?.sessionId ??
          earlier.get(entry.recordId)?.sessionId
        // Kept so the session's count and numbering survive the purge (outreach/session/visitors.ts).
        const visitorNo = records.get(entry.recordId)?.visitorNo ?? earlier.get(entry.recordId)?.visitorNo
        // A photo's or a note's visitor, so it still counts for them after the purge (送信済).
        const intakeId =
          entry.entity === 'photo' || entry.entity === 'consultation_note'
            ? (records.get(entry.recordId)?.intakeId ?? earlier.get(entry.recordId)?.intakeId ?? undefined)
            : undefined
        return {
          recordId: entry.recordId,
          entity: entry.entity,
          version: entry.version,
          confirmedAt: now.toISOString(),
          sha256,
          ...(sessionId ? { sessionId } : {}),
          ...(visitorNo === undefined ? {} : { visitorNo }),
          ...(intakeId === undefined ? {} : { intakeId }),
          // A confirmed deletion stays marked, so nothing saves the record here again.
          ...(entry.deletion ? { deleted: true as const } : {}),
        }
      }),
    )
    // Still queued after these deletions (a newer save of the same record): not purged.
    const queued = new Set(
      (
        await db.outbox
          .where('recordId')
          .anyOf(confirmed.map((c) => c.entry.recordId))
          .toArray()
      ).map((e) => e.recordId),
    )
    for (const entity of new Set(confirmed.map((c) => c.entry.entity))) {
      const purge = confirmed
        .filter(({ entry }) => entry.entity === entity)
        .map(({ entry }) => ({ entry, record: records.get(entry.recordId) }))
        .filter(
          ({ entry, record }) =>
            record && !queued.has(record.id) && purgeable(entity, record, entry.version, now),
        )
        .map(({ entry }) => entry.recordId)
      if (purge.length) await tableFor(entity).bulkDelete(purge)
    }
  })
}

/** The checks of `mayPurge` that need no database read. */
function purgeable(entity: SyncEntity, record: PurgeCandidate, confirmedVersion: number, now: Date): boolean {
  return purgeDue(entity, record, confirmedVersion, now, settings.purgeGraceMs, onScreen())
}

async function mayPurge(
  entity: SyncEntity,
  record: PurgeCandidate,
  confirmedVersion: number,
  now: Date,
): Promise<boolean> {
  if (!purgeable(entity, record, confirmedVersion, now)) return false
  return (await db.outbox.where('recordId').equals(record.id).count()) === 0
}

/**
 * Purge what was confirmed earlier and has now outlived the grace period, unless it is open on
 * screen (then a later sweep, at the latest when the screen closes, takes it).
 */
export async function sweepConfirmed(now = serverNow()): Promise<number> {
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
  await dropOrphanDrafts() // a purge in settle() leaves them too
  return purged
}

/** Mark an entry rejected with a reason, unless it was replaced by a newer save meanwhile. */
export function markRejected(entry: OutboxEntry, rejection: NonNullable<OutboxEntry['rejection']>) {
  return settle([{ entry, kind: 'rejected', rejection }])
}
