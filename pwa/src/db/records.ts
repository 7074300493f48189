import {
  type ConsultationNoteRecord,
  type CorrectionRequestRecord,
  type IntakeRecord,
  MUTATION_EDITORS_MAX,
  newId,
  type OutreachSessionRecord,
  type PhotoRecord,
  type SessionEndSummary,
  type SyncEntity,
} from '@madoguchi/shared'
import type { EntityTable, IDType } from 'dexie'
import { serverNow } from '../app/clock'
import { currentActor } from './actor'
import { db, type OutboxEntry, type PendingShot, type StoredPhoto } from './schema'

/**
 * The one write path for synced records (architecture: sync invariant 2). A record and its outbox
 * entry are written in the same IndexedDB transaction, so nothing is saved that is not also queued.
 * Screens never call `table.put` on these tables themselves.
 */

/**
 * A write failed in a way that may mean the device is out of storage. Nothing was written; tell
 * staff before they type more. Chromium reports a full disk as QuotaExceededError only sometimes:
 * on a nearly full disk it failed a write with AbortError and then deleted the whole database, so
 * every failure of the storage itself is treated as this (see `isStorageFailure`).
 */
export class StorageFullError extends Error {
  override name = 'StorageFullError'
}

/** Staff deleted the record on this device: a save arriving after that (a late autosave) is refused. */
export class RecordDeletedError extends Error {
  override name = 'RecordDeletedError'
}

/** Whether staff deleted this record here (see Receipt.deleted). */
export async function wasDeleted(recordId: string): Promise<boolean> {
  return (await db.receipts.get(recordId))?.deleted === true
}

/**
 * The record as the screen last showed it, to save an edit into after the device purged it (the
 * server confirmed it, and another tab's sweep, or a tab frozen past its hold, let it go while staff
 * were typing): what was typed must never be lost. The receipt says it was confirmed (not deleted)
 * and gives its session, number and visitor; the save then continues from the receipt's version, so
 * the server takes the edit as newer. Undefined when there is no such receipt.
 */
export async function fromReceipt<T extends { id: string }>(seen: T): Promise<T | undefined> {
  const receipt = await db.receipts.get(seen.id)
  if (!receipt || receipt.deleted) return undefined
  return {
    ...seen,
    ...(receipt.sessionId ? { sessionId: receipt.sessionId } : {}),
    ...(receipt.visitorNo === undefined ? {} : { visitorNo: receipt.visitorNo }),
    ...(receipt.intakeId === undefined ? {} : { intakeId: receipt.intakeId }),
  }
}

type Versioned = { id: string; version: number }

/** As many editors as one mutation names (the wire's limit, shared/src/sync/protocol.ts). */
const MAX_EDITORS = MUTATION_EDITORS_MAX
type Unsaved<T extends Versioned> = Omit<T, 'version' | 'createdAt' | 'updatedAt'> & Partial<T>

async function saveWithOutbox<T extends Versioned>(
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
async function queue(
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

const DELETE_TABLES = () => [
  db.intakes,
  db.notes,
  db.photos,
  db.pendingShots,
  db.outbox,
  db.receipts,
  db.meta,
]

/**
 * Drop records from the device with what was queued or drafted for them, and mark them deleted so
 * a late save cannot bring them back (the marker is ids only).
 */
async function dropLocal(
  entity: SyncEntity,
  table: typeof db.intakes | typeof db.notes | typeof db.photos,
  records: { id: string; version: number; sessionId: string; visitorNo?: number }[],
): Promise<void> {
  if (records.length === 0) return
  const ids = records.map((r) => r.id)
  await table.bulkDelete(ids)
  await db.outbox.where('recordId').anyOf(ids).delete()
  for (const id of ids) await db.meta.where('key').startsWith(`draft:${id}:`).delete()
  const at = serverNow().toISOString()
  await db.receipts.bulkPut(
    records.map((r) => ({
      recordId: r.id,
      entity,
      version: r.version + 1,
      confirmedAt: at,
      sessionId: r.sessionId,
      // A deleted visitor is not counted, but its number stays taken.
      ...(r.visitorNo === undefined ? {} : { visitorNo: r.visitorNo }),
      deleted: true as const,
    })),
  )
}

const deletion = (sessionId: string, photoIds: string[] = []) => ({
  sessionId,
  deletedAt: serverNow().toISOString(),
  photoIds,
})

/**
 * Delete a visitor entered by mistake, in one transaction: the intake, its notes and its photos
 * (JPEGs included) leave the device, whatever of them was still queued is dropped, and one deletion
 * is queued in their place. The deletion is sent even when nothing seems to have reached the server:
 * a push whose answer was lost looks exactly like one never sent, and the deletion carries no
 * personal data. The server then removes whatever it holds (notes and photos with the intake).
 * Returns false when the intake is not on this device.
 */
export async function deleteIntake(id: string): Promise<boolean> {
  return deleting(async () => {
    const intake = await db.intakes.get(id)
    if (!intake) return false
    const notes = await db.notes.where('intakeId').equals(id).toArray()
    const photos = await db.photos.where('intakeId').equals(id).toArray()
    await dropLocal('consultation_note', db.notes, notes)
    await dropLocal('photo', db.photos, photos)
    await dropLocal('intake', db.intakes, [intake])
    await db.pendingShots.delete(id)
    const photoIds = photos.map((p) => p.id)
    await queue('intake', id, intake.version + 1, deletion(intake.sessionId, photoIds))
    return true
  })
}

/** Delete one consultation note entered by mistake (see `deleteIntake`). */
export async function deleteNote(id: string): Promise<boolean> {
  return deleting(async () => {
    const note = await db.notes.get(id)
    if (!note) return false
    await dropLocal('consultation_note', db.notes, [note])
    await queue('consultation_note', id, note.version + 1, deletion(note.sessionId))
    return true
  })
}

async function deleting(work: () => Promise<boolean>): Promise<boolean> {
  try {
    return await db.transaction('rw', DELETE_TABLES(), work)
  } catch (error) {
    if (isStorageFailure(error)) throw new StorageFullError('device storage is full')
    throw error
  }
}

function stamp<T extends { createdAt?: string; updatedAt?: string }>(
  record: T,
): T & { createdAt: string; updatedAt: string } {
  // The server's time, so the purge grace and the server's own checks read it as meant.
  const now = serverNow().toISOString()
  return { ...record, createdAt: record.createdAt ?? now, updatedAt: now }
}

export function saveOutreachSession(record: Unsaved<OutreachSessionRecord>): Promise<OutreachSessionRecord> {
  return saveWithOutbox('outreach_session', db.outreachSessions, stamp(record) as OutreachSessionRecord)
}

export function saveIntake(record: Unsaved<IntakeRecord>): Promise<IntakeRecord> {
  return saveWithOutbox('intake', db.intakes, stamp(record) as IntakeRecord)
}

/**
 * 未完了のまま閉じる: staff decided the visitor cannot be completed here and said why. Synced like any
 * change; from then on the visitor may leave the tablet once sent (sync/purge-rule.ts).
 * Returns false when the intake is no longer on this device.
 */
export async function closeIncomplete(intakeId: string, reason: string): Promise<boolean> {
  try {
    const closed = await db.transaction('rw', [db.intakes, db.outbox, db.receipts], () =>
      closeAll([{ intakeId, reason }]),
    )
    return closed === 1
  } catch (error) {
    if (isStorageFailure(error)) throw new StorageFullError('device storage is full')
    throw error
  }
}

async function closeAll(closes: readonly { intakeId: string; reason: string }[]): Promise<number> {
  let closed = 0
  const at = new Date().toISOString()
  const by = currentActor()
  for (const { intakeId, reason } of closes) {
    const intake = await db.intakes.get(intakeId)
    if (!intake) continue
    await saveIntake({ ...intake, closedIncomplete: { reason: reason.trim(), at, ...(by ? { by } : {}) } })
    closed++
  }
  return closed
}

/**
 * 実施回を終える, in one transaction: the incomplete visitors staff gave a reason for are closed as
 * incomplete, and the session records its end (when, who, what the tablet counted). Both travel by
 * the outbox like any change; once the server confirms the end, the session's finished visitors
 * leave the tablet.
 */
export async function endSession(
  sessionId: string,
  closes: readonly { intakeId: string; reason: string }[],
  summary: SessionEndSummary,
): Promise<OutreachSessionRecord | undefined> {
  try {
    return await db.transaction('rw', [db.outreachSessions, db.intakes, db.outbox, db.receipts], async () => {
      const session = await db.outreachSessions.get(sessionId)
      if (!session) return undefined
      await closeAll(closes)
      const by = currentActor()
      return saveOutreachSession({
        ...session,
        endedAt: new Date().toISOString(),
        ...(by ? { endedBy: by } : {}),
        endSummary: summary,
      })
    })
  } catch (error) {
    if (isStorageFailure(error)) throw new StorageFullError('device storage is full')
    throw error
  }
}

/** 訂正依頼 for a visitor already sent and cleared (see CorrectionRequestRecord). */
export function saveCorrection(record: Unsaved<CorrectionRequestRecord>): Promise<CorrectionRequestRecord> {
  return saveWithOutbox('correction_request', db.corrections, stamp(record) as CorrectionRequestRecord)
}

/**
 * A new visitor. Its running number is read and the intake written in one transaction, so two quick
 * taps, or two tabs on the same tablet, can never be given the same number.
 */
export function addIntake(
  record: Omit<Unsaved<IntakeRecord>, 'visitorNo'>,
  visitorNo: (sessionId: string) => Promise<number>,
): Promise<IntakeRecord> {
  return saveWithOutbox('intake', db.intakes, async () =>
    stamp({ ...record, visitorNo: await visitorNo(record.sessionId) } as IntakeRecord),
  )
}

export function saveNote(record: Unsaved<ConsultationNoteRecord>): Promise<ConsultationNoteRecord> {
  return saveWithOutbox('consultation_note', db.notes, stamp(record) as ConsultationNoteRecord)
}

/**
 * A photo is saved once, whole: the JPEG and its metadata (with the SHA-256) together. A retake is a
 * new photo with its own id, never new bytes under an old id: the server may already hold the first
 * one, and a photo it has verified is never replaced. In the same transaction the photos it replaces
 * leave the device (with their outbox entries, so only the accepted photo is sent) and their deletion
 * is queued, so the server does not keep the face of a person staff rejected (see `dropReplaced`).
 */
export function savePhoto(
  record: Omit<PhotoRecord, 'version'>,
  blob: Blob,
  replaces: string[] = [],
): Promise<StoredPhoto> {
  return saveWithOutbox('photo', db.photos, { ...record, version: 0, blob } as StoredPhoto, async () => {
    for (const id of replaces) if (id !== record.id) await dropReplaced(id)
  })
}

/**
 * Remove a replaced photo as a deletion does (see `deleteIntake`): still on the device, or already
 * purged after the server confirmed it (then its receipt is all that is left). Its deletion is queued
 * even when it seems never to have been sent, as for a visitor: its bytes travel before its metadata
 * and a lost answer looks like no send, so the server may hold bytes the device cannot know about.
 */
async function dropReplaced(id: string): Promise<void> {
  const photo = await db.photos.get(id)
  if (photo) {
    await dropLocal('photo', db.photos, [photo])
    await queue('photo', id, photo.version + 1, deletion(photo.sessionId))
    return
  }
  const receipt = await db.receipts.get(id)
  if (!receipt || receipt.deleted || !receipt.sessionId) return
  const version = receipt.version + 1
  await db.receipts.put({ ...receipt, version, confirmedAt: serverNow().toISOString(), deleted: true })
  await queue('photo', id, version, deletion(receipt.sessionId))
}

/**
 * The photos an intake's retake replaces: the one on the device, and any the device already purged
 * after the server confirmed it (the server still holds that one).
 */
export async function photosOf(sessionId: string, intakeId: string): Promise<string[]> {
  const onDevice = await db.photos.where('intakeId').equals(intakeId).primaryKeys()
  const sent = await db.receipts
    .where('sessionId')
    .equals(sessionId)
    .filter((r) => r.entity === 'photo' && r.intakeId === intakeId && !r.deleted)
    .primaryKeys()
  return [...new Set([...onDevice, ...sent])]
}

/**
 * A shot taken but not yet accepted: kept on the device (never queued: it is not a record yet) so a
 * lock or a reload does not lose it. One per intake; a new shot replaces it. Refused for an intake
 * that is not on the device (deleted or purged meanwhile), so no face outlives its visitor.
 */
export async function savePendingShot(shot: PendingShot): Promise<void> {
  try {
    await db.transaction('rw', [db.intakes, db.pendingShots], async () => {
      if (!(await db.intakes.get(shot.intakeId))) throw new RecordDeletedError(shot.intakeId)
      await db.pendingShots.put(shot)
    })
  } catch (error) {
    if (isStorageFailure(error)) throw new StorageFullError('device storage is full')
    throw error
  }
}

/** The shot was accepted (it is a photo now) or retaken: it leaves the device. */
export async function dropPendingShot(intakeId: string): Promise<void> {
  await db.pendingShots.delete(intakeId)
}

/**
 * Accept a shot: the photo is saved through `savePhoto` and the pending shot dropped in the same
 * transaction, so the face is on the device exactly once, as a photo waiting to be sent.
 */
export function acceptPendingShot(
  record: Omit<PhotoRecord, 'version'>,
  blob: Blob,
  replaces: string[] = [],
): Promise<StoredPhoto> {
  return db.transaction('rw', [db.photos, db.outbox, db.receipts, db.meta, db.pendingShots], async () => {
    const saved = await savePhoto(record, blob, replaces)
    await db.pendingShots.delete(record.intakeId)
    return saved
  })
}

/**
 * The names IndexedDB and Dexie give a failure of the storage itself (not of our data): a full disk,
 * a transaction the browser aborted, a database it closed or deleted under us, a file it cannot read.
 * Our own refusals (RecordDeletedError) and programming errors (TypeError, ConstraintError) are not.
 */
const STORAGE_FAILURES = new Set([
  'QuotaExceededError',
  'AbortError',
  'UnknownError',
  'InvalidStateError',
  'TransactionInactiveError',
  'DatabaseClosedError',
  'OpenFailedError',
  'NotReadableError',
  'NotFoundError',
  'VersionError',
  'TimeoutError',
])

/** Whether a failed write may mean the device is out of storage: treated as a full disk. */
export function isStorageFailure(error: unknown): boolean {
  if (error instanceof StorageFullError) return true
  const names: unknown[] = []
  let e = error as { name?: unknown; inner?: unknown } | undefined
  for (let depth = 0; e && depth < 4; depth++) {
    names.push(e.name)
    e = e.inner as typeof e
  }
  return names.some((name) => typeof name === 'string' && STORAGE_FAILURES.has(name))
}
