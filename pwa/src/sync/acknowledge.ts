import type { IntakeRecord, SyncEntity } from '@madoguchi/shared'
import { serverNow } from '../app/clock'
import { db, type OutboxEntry, type Receipt } from '../db/schema'
import { type Acknowledgement, backedUp } from './backup-gate'
import { dropOrphanDrafts } from './drafts'
import { onScreen } from './on-screen'
import { type PurgeCandidate, purgeDue, type VisitState } from './purge-rule'
import { knownServer, loadServerState } from './server-state'
import { settings } from './settings'
import { tableFor } from './tables'
import { readVisits, VISIT_TABLES } from './visit-state'

export type Outcome =
  | { entry: OutboxEntry; kind: 'confirmed'; sha256: string; ack?: Acknowledgement }
  | { entry: OutboxEntry; kind: 'rejected'; rejection: NonNullable<OutboxEntry['rejection']> }

const RECORD_TABLES = () => [...VISIT_TABLES(), db.corrections]

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
  await db.transaction('rw', RECORD_TABLES(), async () => {
    // Bulk reads and writes: a handful of IndexedDB requests per batch rather than several per record.
    const currents = await db.outbox
      .where('mutationId')
      .anyOf(outcomes.map((o) => o.entry.mutationId))
      .toArray()
    const current = new Map(currents.map((e) => [e.mutationId, e]))
    const confirmed: { entry: OutboxEntry; seq: number; sha256: string; ack?: Acknowledgement }[] = []
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
        confirmed.push({ entry: outcome.entry, seq, sha256: outcome.sha256, ack: outcome.ack })
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
    const receipts = new Map<string, Receipt>()
    await db.receipts.bulkPut(
      confirmed.map(({ entry, sha256, ack }): Receipt => {
        const sessionId =
          entry.deletion?.sessionId ??
          records.get(entry.recordId)?.sessionId ??
          earlier.get(entry.recordId)?.sessionId
        // Kept so the session's count and numbering survive the purge (outreach/session/visitors.ts).
        const visitorNo = records.get(entry.recordId)?.visitorNo ?? earlier.get(entry.recordId)?.visitorNo
        // A photo's or a note's visitor, so it still counts for them after the purge (送信済).
        const intakeId =
          entry.entity === 'photo' ||
          entry.entity === 'consultation_note' ||
          entry.entity === 'correction_request'
            ? (records.get(entry.recordId)?.intakeId ?? earlier.get(entry.recordId)?.intakeId ?? undefined)
            : undefined
        // An intake's purpose and closure, so the session's summary counts it after the purge.
        const intake =
          entry.entity === 'intake' ? (records.get(entry.recordId) as IntakeRecord | undefined) : undefined
        const purpose = intake?.purpose ?? earlier.get(entry.recordId)?.purpose
        const receipt: Receipt = {
          recordId: entry.recordId,
          entity: entry.entity,
          version: entry.version,
          confirmedAt: now.toISOString(),
          sha256,
          ...(sessionId ? { sessionId } : {}),
          ...(visitorNo === undefined ? {} : { visitorNo }),
          ...(intakeId === undefined ? {} : { intakeId }),
          ...(purpose === undefined ? {} : { purpose }),
          ...(intake?.closedIncomplete ? { closedIncomplete: true as const } : {}),
          // A confirmed deletion stays marked, so nothing saves the record here again.
          ...(entry.deletion ? { deleted: true as const } : {}),
          ...(ack?.ackedAt ? { ackedAt: ack.ackedAt } : {}),
          ...(ack?.generation ? { generation: ack.generation } : {}),
        }
        receipts.set(entry.recordId, receipt)
        return receipt
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
    const visitOf = await readVisits([...records.values()].flatMap((r) => (r.sessionId ? [r.sessionId] : [])))
    for (const entity of new Set(confirmed.map((c) => c.entry.entity))) {
      const purge = confirmed
        .filter(({ entry }) => entry.entity === entity)
        .map(({ entry }) => ({ entry, record: records.get(entry.recordId) }))
        .filter(
          ({ entry, record }) =>
            record &&
            !queued.has(record.id) &&
            purgeable(entity, record, receipts.get(entry.recordId) as Receipt, now, visitOf(entity, record)),
        )
        .map(({ entry }) => entry.recordId)
      if (purge.length) await tableFor(entity).bulkDelete(purge)
    }
  })
}

/** The checks of `mayPurge` that need no further database read (the visit was read for the batch). */
function purgeable(
  entity: SyncEntity,
  record: PurgeCandidate,
  receipt: Receipt,
  now: Date,
  visit: VisitState,
): boolean {
  return (
    purgeDue(
      entity,
      record,
      receipt.version,
      now,
      settings.purgeGraceMs,
      onScreen(),
      visit,
      settings.purgeIdleMs,
    ) &&
    // Only what a completed server backup holds (#18.3): a restored server must not lack it.
    (!settings.awaitBackup || backedUp(receipt, knownServer()))
  )
}

async function mayPurge(
  entity: SyncEntity,
  record: PurgeCandidate,
  receipt: Receipt,
  now: Date,
  visit: VisitState,
): Promise<boolean> {
  if (!purgeable(entity, record, receipt, now, visit)) return false
  return (await db.outbox.where('recordId').equals(record.id).count()) === 0
}

const SWEPT = ['intake', 'consultation_note', 'photo', 'correction_request'] as const

/**
 * Purge what was confirmed earlier and is now due (purge-rule.ts): outlived the grace period, not
 * open on screen (then a later sweep, at the latest when the screen closes, takes it), and its
 * visitor finished with. One transaction, so every record is judged on the same reading of its visitor.
 */
export async function sweepConfirmed(now = serverNow()): Promise<number> {
  await loadServerState()
  const purged = await db.transaction('rw', RECORD_TABLES(), async () => {
    const candidates: { entity: (typeof SWEPT)[number]; record: PurgeCandidate; receipt: Receipt }[] = []
    for (const entity of SWEPT) {
      const table = tableFor(entity)
      const receipts = await db.receipts
        .where('recordId')
        .anyOf(await table.toCollection().primaryKeys())
        .toArray()
      const records = await table.bulkGet(receipts.map((r) => r.recordId))
      receipts.forEach((receipt, i) => {
        const record = records[i]
        if (record) candidates.push({ entity, record, receipt })
      })
    }
    if (candidates.length === 0) return 0
    const visitOf = await readVisits(
      candidates.flatMap((c) => (c.record.sessionId ? [c.record.sessionId] : [])),
    )
    let purged = 0
    for (const { entity, record, receipt } of candidates) {
      if (await mayPurge(entity, record, receipt, now, visitOf(entity, record))) {
        await tableFor(entity).delete(record.id)
        purged++
      }
    }
    return purged
  })
  await dropOrphanDrafts() // a purge in settle() leaves them too
  return purged
}

/** Mark an entry rejected with a reason, unless it was replaced by a newer save meanwhile. */
export function markRejected(entry: OutboxEntry, rejection: NonNullable<OutboxEntry['rejection']>) {
  return settle([{ entry, kind: 'rejected', rejection }])
}
