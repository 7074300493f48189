import { liveQuery, type Subscription } from 'dexie'
import { ApiRequestError } from '../app/api'
import { db } from '../db/schema'
import { backoffDelay } from './backoff'
import { runSyncPass } from './engine'
import { LeaseLostError, releaseLeaseOnPageHide, withSendLock } from './lock'
import { takeStock } from './marker'
import { keepPurging } from './purge-timer'
import { settings } from './settings'
import type { SyncProblem } from './status'
import { useSyncStatus } from './status'

/**
 * When sync passes run: at start, when the network returns, every `intervalMs` while online, and when
 * asked (the 今すぐ送信 button, a save). One pass at a time per tab, one tab at a time per device
 * (Web Locks). A failed pass is retried after an exponential, jittered delay; a success resets it.
 */
let started = false
let running: Promise<void> | null = null
// The one pass asked for while another ran (requestSync).
let queued: Promise<void> | null = null
let failures = 0
let retryTimer: ReturnType<typeof setTimeout> | undefined
let intervalTimer: ReturnType<typeof setInterval> | undefined
let stock: Subscription | undefined
let pageHideWired = false

const onOnline = () => {
  failures = 0 // the network is back: try now, not after the backoff built up while it was gone
  void requestSync()
}

export function startSync(): void {
  if (started) return
  started = true
  window.addEventListener('online', onOnline)
  if (!pageHideWired) {
    pageHideWired = true
    releaseLeaseOnPageHide(window)
  }
  // The marker outside IndexedDB follows every change of the outbox (marker.ts).
  stock = liveQuery(() => db.outbox.count()).subscribe({
    next: () => void takeStock(),
    error: () => undefined,
  })
  // The purge needs no network: what the server confirmed leaves a tablet that has gone offline
  // (packed up after the pop-up) on time, not at its next successful pass, and it goes on after
  // stopSync (a sign-out or a 401), so it runs on its own timer.
  keepPurging()
  intervalTimer = setInterval(() => {
    if (navigator.onLine && !retryTimer) void requestSync()
  }, settings.intervalMs)
  void requestSync()
}

export function stopSync(): void {
  started = false
  window.removeEventListener('online', onOnline)
  stock?.unsubscribe()
  stock = undefined
  clearInterval(intervalTimer)
  clearTimeout(retryTimer)
  retryTimer = undefined
  useSyncStatus.setState({ retryAt: null })
}

/** Ask for a pass now; resolves when the pass (and any pass asked for during it) has finished. */
export function requestSync(): Promise<void> {
  if (!started) return Promise.resolve()
  if (running) {
    // The pass under way may have read the outbox before this ask: one more pass after it, shared by
    // every ask made meanwhile, and the ask resolves when that one has finished, not the one under way.
    if (!queued) {
      const after = () => {
        queued = null
        return requestSync()
      }
      queued = running.then(after, after)
    }
    return queued
  }
  clearTimeout(retryTimer)
  retryTimer = undefined
  running = runOnce().finally(() => {
    running = null
  })
  return running
}

async function runOnce(): Promise<void> {
  useSyncStatus.setState({ running: true, retryAt: null })
  try {
    const outcome = await withSendLock(runSyncPass)
    failures = 0
    if (outcome.ran) useSyncStatus.setState({ problem: null })
    // Another tab holds the lease and is sending: nothing failed. Look again when its lease runs out
    // (a tab that died without giving it back), not only at the next interval, which may be long.
    else scheduleRetry(Math.max(0, outcome.until - Date.now()) + 250)
  } catch (error) {
    // Another tab took over while this one was frozen: it is sending, nothing failed.
    if (error instanceof LeaseLostError) return
    failures++
    const delay = backoffDelay(failures, settings.backoff)
    useSyncStatus.setState({ problem: problemOf(error), retryAt: Date.now() + delay })
    scheduleRetry(delay)
  } finally {
    useSyncStatus.setState({ running: false })
  }
}

function scheduleRetry(delay: number): void {
  clearTimeout(retryTimer)
  retryTimer = setTimeout(() => {
    retryTimer = undefined
    void requestSync()
  }, delay)
}

function problemOf(error: unknown): SyncProblem {
  if (error instanceof ApiRequestError) {
    if (error.code === 'network') return 'network'
    if (error.code === 'timeout') return 'timeout'
    if (error.status === 401 || error.code === 'csrf_failed') return 'signedOut'
    if (error.status >= 500) return 'network'
  }
  if (error instanceof TypeError) return 'network'
  return 'other'
}
