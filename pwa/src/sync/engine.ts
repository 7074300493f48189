import type { Mutation } from '@madoguchi/shared'
import { serverNow } from '../app/clock'
import { sha256Hex } from '../app/sha256'
import { sendAuditTrail } from '../audit/send'
import { db, type OutboxEntry, type StoredPhoto } from '../db/schema'
import { markRejected, type Outcome, settle, sweepConfirmed } from './acknowledge'
import { deletionOf } from './deletion'
import { deviceId, markSynced } from './device'
import { reportInventory } from './inventory'
import { assertSendLease } from './lock'
import { takeStock } from './marker'
import { pullReferenceByKind } from './reference'
import { observeServer } from './server-state'
import { settings } from './settings'
import { useSyncStatus } from './status'
import { type AnyRecord, isPhotoUpload, tableFor, wireData } from './tables'
import { push } from './transport'
import { PhotoDamagedError, uploadPhoto } from './upload'

/**
 * One sync pass: pull reference data, push the records waiting in the outbox in small batches while
 * the photos' bytes upload, then the photos' metadata (after the records, and after each photo's
 * bytes), and purge what the server confirmed. Any network or
 * server failure rejects the pass; the scheduler retries with backoff, and every step resumes from
 * what is already confirmed, so a pass cut anywhere loses nothing and repeats nothing harmful.
 */
export async function runSyncPass(): Promise<void> {
  await takeStock() // before anything: a database the browser replaced is noticed, not taken as new
  const device = await deviceId()
  await pullReferenceByKind()
  // Before the pushes, so a loss or a stuck backlog reaches the office even if the pushes fail.
  await reportInventory(device)
  // Photo bytes upload while the records are pushed; photo metadata is pushed only after the records.
  const records = pushRecords(device)
  records.catch(() => undefined) // awaited below
  try {
    await pushPhotos(device, records)
  } finally {
    await records
  }
  await sweepConfirmed()
  // After the purge, so an audit trail the server refuses never keeps visitors' records on the tablet.
  await sendAuditTrail(device)
  await reportInventory(device)
  await markSynced(serverNow())
}

const pending = (entry: OutboxEntry) => entry.state === 'pending'

async function pushRecords(device: string): Promise<void> {
  // Each batch is read fresh, so an entry replaced by a save during the pass is sent in its new version.
  const seen = new Set<string>()
  while (true) {
    const batch = (
      await db.outbox
        .orderBy('seq')
        .filter((e) => pending(e) && !isPhotoUpload(e))
        .toArray()
    )
      .filter((e) => !seen.has(e.mutationId))
      .slice(0, settings.batchSize)
    if (batch.length === 0) return
    for (const e of batch) seen.add(e.mutationId)
    await pushEntries(device, batch)
  }
}

async function pushPhotos(device: string, after: Promise<void>): Promise<void> {
  const entries = await db.outbox
    .orderBy('seq')
    .filter((e) => pending(e) && isPhotoUpload(e))
    .toArray()
  const photos = new Map<string, StoredPhoto>()
  for (const e of entries) {
    const photo = await db.photos.get(e.recordId)
    if (photo) photos.set(e.recordId, photo)
  }
  const total = [...photos.values()].reduce((sum, p) => sum + p.bytes, 0)
  let sent = 0
  useSyncStatus.setState({ photoBytes: { sent, total } })
  const onBytes = (bytes: number) => {
    sent += bytes
    useSyncStatus.setState({ photoBytes: { sent, total } })
  }
  const sendable = entries.filter((e) => photos.has(e.recordId))
  // Attempts are counted a group at a time, before any photo of the group is sent.
  const noted = new Map<number, Promise<void>>()
  const noteGroupOf = (index: number) => {
    const start = index - (index % settings.photoGroup)
    let note = noted.get(start)
    if (!note) {
      note = noteAttempts(sendable.slice(start, start + settings.photoGroup))
      noted.set(start, note)
    }
    return note
  }
  // Uploads keep `photoUploads` lanes busy across the whole backlog; each `photoGroup` photos whose
  // bytes are stored get their metadata pushed while the next photos upload (one push at a time).
  let uploaded: OutboxEntry[] = []
  let pushes: Promise<void> = after
  const flush = () => {
    if (uploaded.length === 0) return
    const group = uploaded
    uploaded = []
    pushes = pushes.then(() => pushEntries(device, group))
    pushes.catch(() => undefined) // awaited below; a failure rejects the pass there
  }
  try {
    await inParallel(sendable, settings.photoUploads, async (entry, index) => {
      await noteGroupOf(index)
      try {
        await uploadPhoto(photos.get(entry.recordId) as StoredPhoto, entry.attempts > 0, onBytes, device)
        uploaded.push(entry)
        if (uploaded.length >= settings.photoGroup) flush()
      } catch (error) {
        // Deleted with its visitor while its bytes were on the way: the server refuses the rest
        // (410) and the device has nothing left to send.
        if (!(await db.photos.get(entry.recordId))) return
        if (!(error instanceof PhotoDamagedError)) throw error
        await markRejected(entry, { code: error.code, message: '' })
      }
    })
  } finally {
    // Even when an upload failed, what was stored gets its metadata pushed before the pass ends, so
    // nothing of this pass is still in flight when the next one starts.
    flush()
    await pushes
  }
}

/**
 * Run `work` over `items`, at most `limit` at a time. After a failure no new item is started; it
 * rejects with the first failure once the lanes still running have finished.
 */
async function inParallel<T>(
  items: T[],
  limit: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0
  let failed = false
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (!failed && next < items.length) {
      const index = next++
      try {
        await work(items[index] as T, index)
      } catch (error) {
        failed = true
        throw error
      }
    }
  })
  const settled = await Promise.allSettled(lanes)
  const failure = settled.find((s) => s.status === 'rejected')
  if (failure) throw failure.reason
}

/** Count the attempts before sending, so a reload mid-upload asks the server where to resume. */
async function noteAttempts(entries: OutboxEntry[]): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    for (const entry of entries) {
      if (entry.seq !== undefined) await db.outbox.update(entry.seq, { attempts: entry.attempts + 1 })
    }
  })
}

async function pushEntries(device: string, entries: OutboxEntry[]): Promise<void> {
  const sending: { entry: OutboxEntry; mutation: Mutation; sha256: string }[] = []
  const records = await readRecords(entries)
  for (const entry of entries) {
    if (entry.deletion) {
      sending.push({ entry, mutation: deletionOf(device, entry), sha256: '' })
      continue
    }
    const record = records.get(entry.recordId)
    if (!record || record.version !== entry.version) continue // replaced meanwhile: its new entry goes next
    const data = wireData(entry.entity, record)
    const mutation = {
      mutationId: entry.mutationId,
      deviceId: device,
      recordId: entry.recordId,
      version: entry.version,
      entity: entry.entity,
      data,
      ...(entry.actedBy ? { actedBy: entry.actedBy } : {}),
      ...(entry.editedBy?.length ? { editedBy: entry.editedBy } : {}),
    } as Mutation
    const sha256 = entry.entity === 'photo' ? (data as { sha256: string }).sha256 : await sha256Of(data)
    sending.push({ entry, mutation, sha256 })
  }
  if (sending.length === 0) return
  assertSendLease()
  const { results, server } = await push(
    device,
    sending.map((s) => s.mutation),
  )
  // First: a restored server gets everything resent, and the receipts below name this generation.
  await observeServer(server)
  const byId = new Map(results.map((r) => [r.mutationId, r]))
  const outcomes: Outcome[] = []
  for (const { entry, sha256 } of sending) {
    const result = byId.get(entry.mutationId)
    if (!result) continue
    if (result.status === 'applied' || result.status === 'duplicate') {
      const ack = { ackedAt: result.appliedAt, generation: server?.generation }
      outcomes.push({ entry, kind: 'confirmed', sha256, ack })
    } else if (result.reason?.code !== 'photo_not_stored') {
      // (Not yet stored on the server, an upload cut short: stays pending; the next pass uploads again.)
      outcomes.push({ entry, kind: 'rejected', rejection: result.reason ?? { code: 'invalid', message: '' } })
    }
  }
  await settle(outcomes)
}

/** The current record of each entry, one bulk read per table. */
async function readRecords(entries: OutboxEntry[]): Promise<Map<string, AnyRecord>> {
  const found = new Map<string, AnyRecord>()
  for (const entity of new Set(entries.map((e) => e.entity))) {
    const ids = entries.filter((e) => e.entity === entity).map((e) => e.recordId)
    for (const record of await tableFor(entity).bulkGet(ids)) if (record) found.set(record.id, record)
  }
  return found
}

async function sha256Of(data: unknown): Promise<string> {
  return sha256Hex(new TextEncoder().encode(JSON.stringify(data)))
}
