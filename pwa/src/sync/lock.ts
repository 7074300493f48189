import { type LeaseStore, readLease, releaseLease, renewLease, takeLease } from './lease'
import { settings } from './settings'

/**
 * Only one tab of this device sends at a time: two tabs pushing the same outbox would upload each
 * photo twice (harmless, but slow on a poor network). The right to send is a lease (lease.ts) that
 * the sending tab renews every third of its length; a tab the system froze stops renewing, so the
 * lease runs out and another tab sends. A tab that finds the lease taken skips this pass instead of
 * queueing behind it. Without localStorage the tab runs alone; the server's idempotency keeps that
 * safe.
 */
const GUARD = 'madoguchi-sync-lease'
const tab = typeof crypto !== 'undefined' && crypto.randomUUID ? crypto.randomUUID() : String(Math.random())

/** Skipped: another tab holds the lease until `until` (ms since epoch); look again then. */
export type LockOutcome<T> = { ran: true; value: T } | { ran: false; until: number }

/** The pass stopped because another tab took over the lease (this one was frozen or too slow). */
export class LeaseLostError extends Error {
  override name = 'LeaseLostError'
}

function store(): LeaseStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

/**
 * Run `step` on the lease with no other tab reading or writing it meanwhile (a short Web Lock). A tab
 * frozen just as it was granted this lock would hold it for good, so waiting for it is bounded: after
 * a second the step runs unguarded (at worst two tabs send at once, which the server's idempotency
 * makes harmless).
 */
async function guarded<T>(step: () => T): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks
  if (!locks?.request) return step()
  try {
    return await locks.request(GUARD, { signal: AbortSignal.timeout(1_000) }, async () => step())
  } catch (error) {
    if (
      (error as { name?: string }).name !== 'TimeoutError' &&
      (error as { name?: string }).name !== 'AbortError'
    ) {
      throw error
    }
    return step()
  }
}

export async function withSendLock<T>(work: () => Promise<T>): Promise<LockOutcome<T>> {
  const leases = store()
  if (!leases) return { ran: true, value: await work() }
  const ms = settings.leaseMs
  if (!(await guarded(() => takeLease(leases, tab, Date.now(), ms)))) {
    return { ran: false, until: readLease(leases)?.until ?? Date.now() + ms }
  }
  const heartbeat = setInterval(() => void guarded(() => renewLease(leases, tab, Date.now(), ms)), ms / 3)
  try {
    return { ran: true, value: await work() }
  } finally {
    clearInterval(heartbeat)
    await guarded(() => releaseLease(leases, tab))
  }
}

/**
 * Between requests: stop a pass whose lease another tab took (this one was frozen meanwhile), and
 * renew it otherwise (a tab just woken up may be past its time with nobody having taken over).
 */
export function assertSendLease(): void {
  const leases = store()
  if (!leases || !readLease(leases)) return // not sending under a lease (no storage, or a test pass)
  if (!renewLease(leases, tab, Date.now(), settings.leaseMs)) throw new LeaseLostError()
}

/**
 * A page being reloaded or closed mid-pass gives its lease back at once. Without this the reloaded
 * page (a new tab id) found the old page's lease and waited out its 90 s before sending anything:
 * the fault run's schedule 4 (a reload mid-upload) stalled on exactly that. A crash still leaves the
 * lease to run out.
 */
export function releaseLeaseOnPageHide(target: Pick<Window, 'addEventListener'>): void {
  target.addEventListener('pagehide', () => {
    const leases = store()
    if (leases) releaseLease(leases, tab)
  })
}
