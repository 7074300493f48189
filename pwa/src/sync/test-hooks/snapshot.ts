import type { ServerBackup } from '@madoguchi/shared'
import { db } from '../../db/schema'
import { useSyncStatus } from '../status'

/** What the device holds, for the tests to compare with the server: outbox, records, receipts, status. */
export async function snapshot() {
  const ids = async (table: { toArray(): Promise<{ id: string; version: number }[]> }) =>
    (await table.toArray()).map((r) => ({ id: r.id, version: r.version }))
  return {
    outbox: (await db.outbox.toArray()).map(({ recordId, entity, version, state, rejection }) => ({
      recordId,
      entity,
      version,
      state,
      rejection: rejection?.code ?? null,
    })),
    sessions: await ids(db.outreachSessions),
    intakes: await ids(db.intakes),
    notes: await ids(db.notes),
    photos: await ids(db.photos),
    receipts: await db.receipts.toArray(),
    server: ((await db.meta.get('server'))?.value ?? null) as ServerBackup | null,
    restored: ((await db.meta.get('serverRestored'))?.value ?? null) as {
      noticedAt: string
      records: number
      deletions: number
    } | null,
    auditTrail: await db.auditTrail.count(),
    status: useSyncStatus.getState(),
  }
}
