import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CALL_STORAGE_KEY, linkToCall, talkSecondsOf, useCallWorkspace } from './store'

// The device's localStorage, in memory: what the store keeps there is part of what is tested.
const kept = vi.hoisted(() => {
  const items = new Map<string, string>()
  Object.assign(globalThis, {
    localStorage: {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => items.set(k, v),
      removeItem: (k: string) => items.delete(k),
    },
  })
  return items
})

const store = () => useCallWorkspace.getState()

beforeEach(() => store().finishCall())

describe('the call workspace', () => {
  it('links nothing while no call is open', () => {
    linkToCall('booking', 'b1', 'booked', 'K7M4QXP')
    expect(store().call).toBeNull()
  })

  it('links what panels touch to the open call, each once', () => {
    store().startCall({ userId: 'u1', answeredAt: '2026-12-02T01:00:00.000Z' })
    linkToCall('booking', 'b1', 'booked', 'K7M-4QX-P')
    linkToCall('booking', 'b1', 'booked', 'K7M-4QX-P')
    linkToCall('booking', 'b1', 'moved', 'K7M-4QX-P')
    linkToCall('faq', 'f9', 'used')
    expect(store().call?.links.map((l) => `${l.kind}:${l.id}:${l.action}`)).toEqual([
      'booking:b1:booked',
      'booking:b1:moved',
      'faq:f9:used',
    ])
  })

  it('keeps the booking workspace while the call is open and starts afresh after it', () => {
    store().startCall({ userId: 'u1' })
    store().setFindQuery('09012345678')
    store().dispatchFlow({ type: 'newBooking' })
    expect(store().flow.mode).toBe('new')
    // A second "take call" while one is open is the same call, not a new one.
    const again = store().startCall({ userId: 'u1' })
    expect(again.id).toBe(store().call?.id)
    store().finishCall()
    expect(store().call).toBeNull()
    expect(store().findQuery).toBe('')
    expect(store().flow.mode).toBe('idle')
  })

  it('times the talk from taking the call to ending it', () => {
    const call = store().startCall({ userId: 'u1', answeredAt: '2026-12-02T01:00:00.000Z' })
    expect(talkSecondsOf(call, Date.parse('2026-12-02T01:03:05.400Z'))).toBe(185)
    store().endTimer(new Date('2026-12-02T01:04:00.000Z'))
    const ended = store().call
    expect(ended && talkSecondsOf(ended, Date.parse('2026-12-02T02:00:00Z'))).toBe(240)
  })
})

describe('the call kept on the device', () => {
  it('holds only the open call, and nothing of it once the call is finished', () => {
    store().startCall({ userId: 'u1' })
    store().setFindQuery('エニワ')
    store().patchLog({ summary: '持ち物の確認' })
    const saved = JSON.parse(kept.get(CALL_STORAGE_KEY) ?? '{}')
    expect(Object.keys(saved.state)).toEqual(['call'])
    expect(saved.state.call.log.summary).toBe('持ち物の確認')
    store().finishCall()
    expect(JSON.parse(kept.get(CALL_STORAGE_KEY) ?? '{}').state.call).toBeNull()
  })
})
