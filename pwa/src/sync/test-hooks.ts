import type { CategoryCode, IntakeRecord, OutreachSessionRecord, ServerBackup } from '@madoguchi/shared'
import { mulberry32, pseudoRandomBytes } from '@madoguchi/shared/sync/test-bytes'
import { Dexie } from 'dexie'
import { clock } from '../app/clock'
import { sha256Hex } from '../app/sha256'
import { recordRead } from '../audit/record'
import { setActor } from '../db/actor'
import { saveIntake, saveNote, saveOutreachSession, savePhoto } from '../db/records'
import { DB_NAME, db } from '../db/schema'
import { autosaveTiming } from '../outreach/autosave'
import { patchIntake, removeIntake, removeNote, writeDraft } from '../outreach/patch'
import { acceptShot } from '../outreach/photo/save'
import { guardedSave, useStorage } from '../outreach/storage'
import { sweepConfirmed } from './acknowledge'
import { readMarker } from './marker'
import { keepPurging } from './purge-timer'
import { requestSync, startSync, stopSync } from './scheduler'
import { configureSync, type SyncSettings } from './settings'
import { useSyncStatus } from './status'
import { wipeDevice } from './unsent'

/**
 * Hooks for the browser tests and the bench (loaded only when `localStorage['madoguchi.testHooks']`
 * is '1', see main.tsx). Everything goes through the app's own write path and the real engine:
 * the tests seed a backlog as a tablet would save it, then watch the engine send it.
 */
export interface BacklogSpec {
  sessions: { id: string; siteId: string; date: string }[]
  intakes: { id: string; sessionId: string; visitorNo: number; memo: string }[]
  notes: { id: string; sessionId: string; intakeId: string | null; category: CategoryCode; text: string }[]
  /** Bytes made from `seed` with pseudoRandomBytes, or a real JPEG drawn on a canvas when `jpeg`. */
  photos: { id: string; sessionId: string; intakeId: string; seed: number; size: number; jpeg?: boolean }[]
}

async function drawJpeg(seed: number): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(480, 617)
  const g = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D
  g.fillStyle = `hsl(${seed % 360} 40% 75%)`
  g.fillRect(0, 0, 480, 617)
  g.fillStyle = '#f1c9a5'
  g.beginPath()
  g.ellipse(240, 280, 120, 160, 0, 0, Math.PI * 2)
  g.fill()
  // Seeded grain over the frame, as a real camera's sensor gives: flat colours alone compress below
  // the photo rules' minimum size, and the server refuses such a file as too small.
  const grain = g.getImageData(0, 0, 480, 617)
  const random = mulberry32(seed)
  for (let i = 0; i < grain.data.length; i += 4) {
    const d = Math.floor(random() * 24) - 12
    grain.data[i] = (grain.data[i] ?? 0) + d
    grain.data[i + 1] = (grain.data[i + 1] ?? 0) + d
    grain.data[i + 2] = (grain.data[i + 2] ?? 0) + d
  }
  g.putImageData(grain, 0, 0)
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })
  return new Uint8Array(await blob.arrayBuffer())
}

async function seed(spec: BacklogSpec): Promise<{ photos: { id: string; sha256: string; bytes: number }[] }> {
  for (const s of spec.sessions) {
    await saveOutreachSession({
      ...s,
      date: s.date as OutreachSessionRecord['date'],
      staffNames: ['出張 花子'],
    })
  }
  for (const i of spec.intakes) {
    await saveIntake({
      id: i.id,
      sessionId: i.sessionId,
      visitorNo: i.visitorNo,
      purpose: 'new_application',
      templateId: 'default',
      templateVersion: 1,
      checks: { a_drivers_license: 'ok', form_present: 'ok', consent_photo: 'ok' },
      applicationFormId: null,
      legalRepresentative: false,
      memo: i.memo,
      // Seeded visitors are finished with (no 申請書ID: closed with a reason), so a confirmed one may
      // leave the tablet; an unfinished one never would (purge-rule.ts).
      closedIncomplete: { reason: '試験の来訪者', at: new Date().toISOString() },
    })
  }
  for (const n of spec.notes) await saveNote({ ...n, followUp: false })
  const photos = []
  for (const p of spec.photos) {
    const bytes = p.jpeg ? await drawJpeg(p.seed) : pseudoRandomBytes(p.seed, p.size)
    const sha256 = await sha256Hex(bytes as BufferSource)
    await savePhoto(
      {
        id: p.id,
        sessionId: p.sessionId,
        intakeId: p.intakeId,
        sha256,
        bytes: bytes.byteLength,
        width: 1200,
        height: 1543,
        takenAt: new Date().toISOString(),
      },
      new Blob([bytes as BlobPart], { type: 'image/jpeg' }),
    )
    photos.push({ id: p.id, sha256, bytes: bytes.byteLength })
  }
  return { photos }
}

/**
 * Retake an intake's photo through the outreach screen's own save, as staff would after a sync.
 * `replaced`: the intake's photos on the device just before, which the retake deletes.
 */
async function retakePhoto(sessionId: string, intakeId: string, seed: number) {
  const replaced = (await db.photos.where('intakeId').equals(intakeId).toArray()).map((p) => p.id)
  const bytes = await drawJpeg(seed)
  const blob = new Blob([bytes as BlobPart], { type: 'image/jpeg' })
  const sha256 = await sha256Hex(bytes as BufferSource)
  const check = { photo: [], face: [] }
  const takenAt = new Date().toISOString()
  const shot = { intakeId, sessionId, blob, width: 1200, height: 1543, sha256, check, takenAt }
  const saved = await acceptShot(sessionId, shot, null)
  return { id: saved.id, sha256, replaced }
}

/** Edit an intake's memo through the write path (a new version), as staff would mid-sync. */
async function editIntake(id: string, memo: string): Promise<number | null> {
  const current = await db.intakes.get(id)
  if (!current) return null
  return (await saveIntake({ ...current, memo })).version
}

/**
 * Delete an intake as the screen does, then try to save the copy read before it (a save racing the
 * deletion): resolves with the name of the error that refused it, or null if it was saved.
 */
async function deleteIntakeThenResave(id: string): Promise<{ deleted: boolean; resave: string | null }> {
  const before = await db.intakes.get(id)
  const deleted = await removeIntake(id)
  if (!before) return { deleted, resave: null }
  try {
    await saveIntake(before)
    return { deleted, resave: null }
  } catch (error) {
    return { deleted, resave: (error as Error).name }
  }
}

async function snapshot() {
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

/**
 * The bench's baseline: the same records and photo bytes, read from IndexedDB and sent one by one
 * with plain fetch to `url` (an endpoint in the bench process), with no protocol at all.
 */
async function sendPlain(url: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now()
  let bytes = 0
  for (const table of [db.outreachSessions, db.intakes, db.notes] as const) {
    for (const record of await (table as typeof db.intakes).toArray()) {
      const body = JSON.stringify(record)
      bytes += body.length
      await fetch(`${url}/records`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    }
  }
  for (const photo of await db.photos.toArray()) {
    bytes += photo.blob.size
    await fetch(`${url}/photo`, {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream' },
      body: photo.blob,
    })
  }
  return { ms: performance.now() - started, bytes }
}

/**
 * A failing disk at the Dexie layer: while on, every write the app makes is refused with the
 * AbortError Chromium gave on a nearly full disk (reads still work), as the browser would.
 */
let failWrites = false
db.use({
  stack: 'dbcore',
  name: 'test-failing-disk',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name)
      return {
        ...table,
        mutate: (request) =>
          failWrites
            ? Promise.reject(new DOMException('The transaction was aborted', 'AbortError'))
            : table.mutate(request),
      }
    },
  }),
})

/** Save an intake's memo as the screen does (through the guard that notices a full disk). */
async function saveMemo(id: string, memo: string): Promise<string | null> {
  const current = await db.intakes.get(id)
  if (!current) return 'missing'
  try {
    await guardedSave(() => saveIntake({ ...current, memo }))
    return null
  } catch (error) {
    return (error as Error).name
  }
}

/** Copies of intakes as a screen showed them (see `keepCopy`). */
const copies = new Map<string, IntakeRecord>()

/**
 * A screen's copy of a visitor, and later a memo saved from that screen as the autosave does
 * (patchIntake with the copy): the record may have been purged in between by another tab.
 */
async function keepCopy(id: string): Promise<boolean> {
  const intake = await db.intakes.get(id)
  if (intake) copies.set(id, intake)
  return intake !== undefined
}

async function saveFromCopy(id: string, memo: string): Promise<string | null> {
  try {
    const saved = await patchIntake(id, { memo }, copies.get(id))
    return saved ? null : 'deleted'
  } catch (error) {
    return (error as Error).message
  }
}

/** What Chromium did on a full disk: the site's whole database deleted under the running app. */
async function destroyDatabase(): Promise<void> {
  db.close()
  await Dexie.delete(DB_NAME)
}

const hooks = {
  failWrites: (on: boolean) => {
    failWrites = on
  },
  saveMemo,
  destroyDatabase,
  keepCopy,
  saveFromCopy,
  /** Who unlocked the tablet (as the lock screen sets it). */
  setActor: (staffId: string | null) => setActor(staffId),
  writeDraft: (recordId: string, field: string, value: string) => writeDraft(recordId, field, value),
  drafts: async () =>
    (await db.meta.toCollection().primaryKeys()).filter((k) => String(k).startsWith('draft:')),
  wipe: () => wipeDevice(),
  clockOffset: () => clock.offset(),
  serverNow: () => clock.now(),
  storageFull: () => useStorage.getState().full,
  marker: () => readMarker(),
  sendPlain,
  seed,
  editIntake,
  retakePhoto,
  deleteIntakeThenResave,
  deleteNote: (id: string) => removeNote(id),
  deleteIntake: (id: string) => removeIntake(id),
  /** Staff opened a visitor's record on the tablet: an entry of the device audit trail. */
  openIntake: (id: string, sessionId: string) => recordRead('intake.read', id, sessionId),
  snapshot,
  /**
   * A test that shortens the purge grace wants confirmed visitors gone now: the idle time before a
   * session ends (purge-rule.ts) follows it unless the test sets that too.
   */
  configure: (patch: Partial<SyncSettings>) => {
    configureSync(
      patch.purgeGraceMs !== undefined && patch.purgeIdleMs === undefined
        ? { ...patch, purgeIdleMs: patch.purgeGraceMs }
        : patch,
    )
    // The purge timer's wait already running was armed for the old interval: replace it now.
    if (patch.intervalMs !== undefined) keepPurging()
  },
  /** How long a field waits after typing before it saves (fields opened after this call). */
  autosaveDelay: (ms: number) => {
    autosaveTiming.delayMs = ms
  },
  start: () => startSync(),
  stop: () => stopSync(),
  /**
   * Run passes until nothing is pending or the time is up; resolves with the pending count. With
   * `withTrail` the device audit trail counts as pending too: a pass cut while sending it leaves
   * entries that only the next pass sends, even when the outbox is already empty (the fault test).
   */
  async syncUntilIdle(timeoutMs: number, withTrail = false): Promise<number> {
    const until = Date.now() + timeoutMs
    const pending = async () =>
      (await db.outbox.where('state').equals('pending').count()) +
      (withTrail ? await db.auditTrail.count() : 0)
    startSync()
    while (Date.now() < until) {
      await requestSync().catch(() => undefined)
      if ((await pending()) === 0) return 0
      await new Promise((r) => setTimeout(r, 20))
    }
    return pending()
  },
  /**
   * Close every visitor on the device as incomplete, with a reason, as staff would with
   * 未完了のまま閉じる: visitors added on screen in a test are unfinished, and an unfinished visitor
   * never leaves the tablet (purge-rule.ts).
   */
  async closeVisitors(): Promise<number> {
    const open = (await db.intakes.toArray()).filter((i) => !i.closedIncomplete)
    for (const intake of open) {
      await saveIntake({
        ...intake,
        closedIncomplete: { reason: '試験の来訪者', at: new Date().toISOString() },
      })
    }
    return open.length
  },
  syncOnce: () => requestSync(),
  /**
   * Purge what is due now, awaited. A pass already running when the grace was shortened swept before
   * the change, and the pass it queues is not awaited by syncUntilIdle once nothing is pending.
   */
  sweep: () => sweepConfirmed(),
}

export type TestHooks = typeof hooks

declare global {
  interface Window {
    __madoguchiSync?: TestHooks
  }
}
// Browser tests that are not about backups purge without waiting for one (tests/support/sync.ts):
// their servers back up on a schedule those tests do not wait for.
if (localStorage.getItem('madoguchi.testPurgeWithoutBackup') === '1') configureSync({ awaitBackup: false })
window.__madoguchiSync = hooks
window.dispatchEvent(new Event('madoguchi:test-hooks'))
