import { describe, expect, it } from 'vitest'
import { holdsLease, type LeaseStore, releaseLease, renewLease, takeLease } from './lease'

function memoryStore(): LeaseStore {
  const items = new Map<string, string>()
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  }
}

const MS = 60_000

describe('the send lease', () => {
  it('lets one tab send at a time', () => {
    const store = memoryStore()
    expect(takeLease(store, 'tab-a', 0, MS)).toBe(true)
    expect(takeLease(store, 'tab-b', 1_000, MS)).toBe(false)
    expect(takeLease(store, 'tab-a', 1_000, MS)).toBe(true)
  })

  it('passes to another tab once a frozen holder stops renewing it', () => {
    const store = memoryStore()
    takeLease(store, 'tab-a', 0, MS)
    // Tab A is frozen by the system: its heartbeat never runs again.
    expect(takeLease(store, 'tab-b', MS - 1, MS)).toBe(false)
    expect(takeLease(store, 'tab-b', MS + 1, MS)).toBe(true)
    // Tab A wakes up: it has lost the lease and must stop sending.
    expect(renewLease(store, 'tab-a', MS + 2, MS)).toBe(false)
    expect(holdsLease(store, 'tab-a', MS + 2)).toBe(false)
    expect(holdsLease(store, 'tab-b', MS + 2)).toBe(true)
  })

  it('stays with a holder that keeps renewing it, and is free once released', () => {
    const store = memoryStore()
    takeLease(store, 'tab-a', 0, MS)
    for (let t = 20_000; t <= 200_000; t += 20_000) expect(renewLease(store, 'tab-a', t, MS)).toBe(true)
    expect(takeLease(store, 'tab-b', 200_001, MS)).toBe(false)
    releaseLease(store, 'tab-b') // not its lease: nothing happens
    expect(holdsLease(store, 'tab-a', 200_001)).toBe(true)
    releaseLease(store, 'tab-a')
    expect(takeLease(store, 'tab-b', 200_002, MS)).toBe(true)
  })

  it('treats an unreadable lease as free', () => {
    const store = memoryStore()
    store.setItem('madoguchi.sendLease', '{broken')
    expect(takeLease(store, 'tab-b', 0, MS)).toBe(true)
  })
})
