/**
 * The send lease: which tab of this device may send, until when. A tab holding the Web Lock for a
 * whole pass kept every other tab from sending while the system had frozen it in the background
 * (a frozen tab never lets go); a lease instead runs out unless its holder keeps renewing it, which
 * a frozen tab cannot. The lease lives in localStorage, shared by the device's tabs; it is read and
 * written under a short Web Lock so two tabs cannot both take it.
 */
export interface LeaseStore {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

export interface Lease {
  holder: string
  /** ms since epoch; after this any tab may take it. */
  until: number
}

const KEY = 'madoguchi.sendLease'

export function readLease(store: LeaseStore): Lease | null {
  try {
    const lease = JSON.parse(store.getItem(KEY) ?? 'null') as Lease | null
    return lease && typeof lease.holder === 'string' && typeof lease.until === 'number' ? lease : null
  } catch {
    return null
  }
}

/** Take the lease if nobody holds it, it ran out, or `holder` has it already. */
export function takeLease(store: LeaseStore, holder: string, now: number, ms: number): boolean {
  const lease = readLease(store)
  if (lease && lease.holder !== holder && lease.until > now) return false
  store.setItem(KEY, JSON.stringify({ holder, until: now + ms }))
  return true
}

/** Extend the lease, only while `holder` still has it (not after it ran out and another took it). */
export function renewLease(store: LeaseStore, holder: string, now: number, ms: number): boolean {
  const lease = readLease(store)
  if (!lease || lease.holder !== holder) return false
  store.setItem(KEY, JSON.stringify({ holder, until: now + ms }))
  return true
}

export function releaseLease(store: LeaseStore, holder: string): void {
  if (readLease(store)?.holder === holder) store.removeItem(KEY)
}

/** Whether `holder` may still send: it holds the lease and it has not run out. */
export function holdsLease(store: LeaseStore, holder: string, now: number): boolean {
  const lease = readLease(store)
  return lease?.holder === holder && lease.until > now
}
