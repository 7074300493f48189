import { clock } from '../app/clock'
import { recordRead } from '../audit/record'
import { setActor } from '../db/actor'
import { saveIntake } from '../db/records'
import { db } from '../db/schema'
import { autosaveTiming } from '../outreach/autosave'
import { removeIntake, removeNote, writeDraft } from '../outreach/patch'
import { useStorage } from '../outreach/storage'
import { sweepConfirmed } from './acknowledge'
import { readMarker } from './marker'
import { keepPurging } from './purge-timer'
import { requestSync, startSync, stopSync } from './scheduler'
import { configureSync, type SyncSettings } from './settings'
import { seed } from './test-hooks/backlog'
import { sendPlain } from './test-hooks/bench-baseline'
import { deleteIntakeThenResave, editIntake, keepCopy, retakePhoto, saveFromCopy } from './test-hooks/edits'
import { destroyDatabase, saveMemo, setFailWrites } from './test-hooks/failing-disk'
import { snapshot } from './test-hooks/snapshot'
import { wipeDevice } from './unsent'

/**
 * Hooks for the browser tests and the bench (loaded only when `localStorage['madoguchi.testHooks']`
 * is '1', see main.tsx). Everything goes through the app's own write path and the real engine:
 * the tests seed a backlog as a tablet would save it, then watch the engine send it.
 */
const hooks = {
  failWrites: setFailWrites,
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
