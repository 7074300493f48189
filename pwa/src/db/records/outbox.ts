import { MUTATION_EDITORS_MAX, newId, type SyncEntity } from '@madoguchi/shared'
import type { EntityTable, IDType } from 'dexie'
import { serverNow } from '../../app/clock'
import { currentActor } from '../actor'
import { db, type OutboxEntry } from '../schema'
import { RecordDeletedError, wasDeleted } from './receipt'
import { isStorageFailure, StorageFullError } from './storage-failure'

type Versioned = { id: string; version: number }

/** As many editors as one mutation names (the wire's limit, shared/src/sync/protocol.ts). */
const MAX_EDITORS = MUTATION_EDITORS_MAX
export type Unsaved<T extends Versioned> = Omit<T, 'version' | 'createdAt' | 'updatedAt'> & Partial<T>

export async function saveWithOutbox<T extends Versioned>(
  entity: SyncEntity,
  table: EntityTable<T, 'id'>,
  /** The record, or a function that makes it inside the transaction (a new visitor's number). */
  recordOrMake: T | (() => Promise<T>),
  /** Runs first, in the same transaction (a retake drops the photo it replaces). */
  before?: () => Promise<void>,
): Promise<T> {
  try {
    // `db.meta` for `before`: dropping a record also drops its drafts.
    return await db.transaction(
      'rw',
      [table, db.outbox, db.receipts, ...(before ? [db.meta] : [])],
      async () => {
        await before?.()
        const record = typeof recordOrMake === 'function' ? await recordOrMake() : recordOrMake
        const previous = await table.get(record.id as IDType<T, 'id'>)
        // Without this a save racing a deletion would put the record back and replace the queued deletion.
        if (!previous && (await wasDeleted(record.id))) throw new RecordDeletedError(record.id)
        // A record purged after the server confirmed it continues from the confirmed version, so the
        // server sees the edit as newer rather than as an old version it already holds.
        const confirmed = previous ? undefined : await db.receipts.get(record.id)
        const saved = { ...record, version: (previous?.version ?? confirmed?.version ?? 0) + 1 }
        await table.put(saved)
        await queue(entity, record.id, saved.version)
        return saved
      },
    )
  } catch (error) {
    if (isStorageFailure(error)) throw new StorageFullError('device storage is full')
    throw error
  }
}

/** Queue the record's newest version (or its deletion). Call inside the write's transaction. */
export async function queue(
  entity: SyncEntity,
  recordId: string,
  version: number,
  deletion?: OutboxEntry['deletion'],
): Promise<void> {
  // One entry per record: replacing it means only the newest version is ever sent. Whoever made the
  // edits it replaces is carried over, so a colleague's unsent edits are not sent as this person's.
  const replaced = await db.outbox.where('recordId').equals(recordId).toArray()
  await db.outbox.where('recordId').equals(recordId).delete()
  const actor = currentActor()
  const editedBy = editorsAfter(replaced, actor, deletion !== undefined)
  const entry: OutboxEntry = {
    mutationId: newId(),
    entity,
    recordId,
    version,
    createdAt: serverNow().toISOString(),
    state: 'pending',
    attempts: 0,
    ...(deletion ? { deletion } : {}),
    ...(actor ? { actedBy: actor } : {}),
    ...(editedBy.length > 1 ? { editedBy } : {}),
  }
  await db.outbox.add(entry)
}

/**
 * Everyone whose edits an entry carries, in the order they first edited, the newest save's person
 * last: the edits of the entries it replaces (each a staff member who unlocked the tablet, or nobody
 * known) and this one's. A deletion carries only who deleted: the edits it drops never reach the server.
 */
export function editorsAfter(replaced: OutboxEntry[], actor: string | null, deleting: boolean): string[] {
  const before = deleting ? [] : replaced.flatMap((e) => e.editedBy ?? (e.actedBy ? [e.actedBy] : []))
  const all = [...before.filter((id) => id !== actor), ...(actor ? [actor] : [])]
  return [...new Set(all)].slice(-MAX_EDITORS)
}

export function stamp<T extends { createdAt?: string; updatedAt?: string }>(
  record: T,
): T & { createdAt: string; updatedAt: string } {
  // The server's time, so the purge grace and the server's own checks read it as meant.
  const now = serverNow().toISOString()
  return { ...record, createdAt: record.createdAt ?? now, updatedAt: now }
}
