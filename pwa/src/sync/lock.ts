/**
 * Only one tab of this device sends at a time: two tabs pushing the same outbox would upload each
 * photo twice (harmless, but slow on a poor network). Web Locks with `ifAvailable`: a tab that finds
 * the lock taken skips this pass instead of queueing behind it. Without Web Locks (old browsers) the
 * tab runs alone; the server's idempotency keeps that safe.
 */
const LOCK_NAME = 'madoguchi-sync'

export type LockOutcome<T> = { ran: true; value: T } | { ran: false }

export async function withSendLock<T>(work: () => Promise<T>): Promise<LockOutcome<T>> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks
  if (!locks?.request) return { ran: true, value: await work() }
  return locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) => {
    if (!lock) return { ran: false } as const
    return { ran: true, value: await work() } as const
  })
}
