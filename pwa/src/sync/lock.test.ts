import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type LeaseStore, readLease, takeLease } from './lease'
import { releaseLeaseOnPageHide, withSendLock } from './lock'
import { settings } from './settings'

function memoryStore(): LeaseStore {
  const items = new Map<string, string>()
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  }
}

describe('the send lock', () => {
  let store: LeaseStore
  beforeEach(() => {
    store = memoryStore()
    ;(globalThis as { localStorage?: LeaseStore }).localStorage = store
  })
  afterEach(() => {
    delete (globalThis as { localStorage?: LeaseStore }).localStorage
  })

  it('says until when another tab holds the lease, so the skipped tab can look again then', async () => {
    takeLease(store, 'another-tab', Date.now(), settings.leaseMs)
    const held = readLease(store)
    const outcome = await withSendLock(async () => 'sent')
    expect(outcome).toEqual({ ran: false, until: held?.until })
  })

  it('gives the lease back when the page is hidden mid-pass (a reload), not after it runs out', async () => {
    const page = new EventTarget()
    releaseLeaseOnPageHide(page as unknown as Window)
    let finish = () => {}
    const pass = withSendLock(() => new Promise<void>((resolve) => (finish = resolve)))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(readLease(store)).not.toBeNull()

    page.dispatchEvent(new Event('pagehide'))
    // The reloaded page is a new tab id: it may send at once.
    expect(readLease(store)).toBeNull()
    expect(takeLease(store, 'reloaded-page', Date.now(), settings.leaseMs)).toBe(true)
    finish()
    await pass
  })
})
