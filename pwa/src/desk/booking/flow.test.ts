import type { Hold, Slot } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import { attemptFor, dayCursor, type FlowAction, flowReducer, holdMatchesCursor, initialFlow } from './flow'

const slot = (date: string, time: string): Slot => ({
  date: date as Slot['date'],
  time,
  remaining: 2,
  capacity: 2,
})
const SLOTS = [
  slot('2026-12-03', '09:00'),
  slot('2026-12-03', '09:15'),
  slot('2026-12-03', '09:30'),
  slot('2026-12-04', '08:45'),
  slot('2026-12-04', '09:00'),
  slot('2026-12-07', '10:00'),
]
const hold: Hold = { id: 'h1', type: 'renewal', date: '2026-12-03', time: '09:15', people: 1, expiresAt: '' }

const run = (...actions: FlowAction[]) => actions.reduce(flowReducer, initialFlow)

describe('flowReducer', () => {
  it('walks a new booking: type, slots, cursor, hold', () => {
    const state = run(
      { type: 'newBooking' },
      { type: 'chooseType', code: 'renewal' },
      { type: 'slotsLoaded', slots: SLOTS },
      { type: 'cursor', delta: 1 },
      { type: 'held', hold },
    )
    expect(state).toMatchObject({ mode: 'new', type: 'renewal', cursor: 1, hold })
    expect(holdMatchesCursor(state)).toBe(true)
    expect(holdMatchesCursor(flowReducer(state, { type: 'cursor', delta: 1 }))).toBe(false)
  })

  it('keeps the cursor inside the list', () => {
    const loaded = run({ type: 'newBooking' }, { type: 'slotsLoaded', slots: SLOTS })
    expect(flowReducer(loaded, { type: 'cursor', delta: -1 }).cursor).toBe(0)
    expect(flowReducer(loaded, { type: 'cursor', delta: 99 }).cursor).toBe(SLOTS.length - 1)
    expect(flowReducer(initialFlow, { type: 'cursor', delta: 1 }).cursor).toBe(0)
  })

  it('asks for slots again when the type, the party or the booking changes, and drops the hold', () => {
    const held = run(
      { type: 'newBooking' },
      { type: 'chooseType', code: 'renewal' },
      { type: 'slotsLoaded', slots: SLOTS },
      { type: 'held', hold },
    )
    for (const action of [
      { type: 'chooseType', code: 'new_issuance' },
      { type: 'setPeople', people: 2 },
      { type: 'open', id: 'b1' },
      { type: 'newBooking' },
    ] as const) {
      const next = flowReducer(held, action)
      expect(next.slots, action.type).toEqual([])
      expect(next.hold, action.type).toBeNull()
      expect(next.slotsAsked, action.type).toBeGreaterThan(held.slotsAsked)
    }
  })

  it('keeps a family between 1 and 8 people, and an unchanged party keeps its slots', () => {
    const state = run({ type: 'newBooking' }, { type: 'slotsLoaded', slots: SLOTS })
    expect(flowReducer(state, { type: 'setPeople', people: 0 }).people).toBe(1)
    expect(flowReducer(state, { type: 'setPeople', people: 1 })).toBe(state)
    expect(flowReducer(state, { type: 'setPeople', people: 12 }).people).toBe(8)
  })

  it('moves an open booking with the booking’s type, one person', () => {
    const moving = run(
      { type: 'newBooking' },
      { type: 'setPeople', people: 3 },
      { type: 'open', id: 'b1' },
      { type: 'startMove', code: 'pin_reset' },
    )
    expect(moving).toMatchObject({
      mode: 'existing',
      openedId: 'b1',
      moving: true,
      type: 'pin_reset',
      people: 1,
    })
    expect(flowReducer(moving, { type: 'endMove' }).moving).toBe(false)
  })

  it('walks the search results within bounds', () => {
    const booking = { id: 'b' } as never
    const state = run({ type: 'results', bookings: [booking, booking] }, { type: 'resultCursor', delta: 5 })
    expect(state.resultCursor).toBe(1)
    expect(flowReducer(state, { type: 'results', bookings: null }).resultCursor).toBe(0)
  })
})

describe('dayCursor', () => {
  it('jumps to the first slot of the next day, and stays on the last day', () => {
    expect(dayCursor(SLOTS, 0, 1)).toBe(3)
    expect(dayCursor(SLOTS, 4, 1)).toBe(5)
    expect(dayCursor(SLOTS, 5, 1)).toBe(5)
  })

  it('goes back to the start of this day, then to the day before', () => {
    expect(dayCursor(SLOTS, 4, -1)).toBe(3)
    expect(dayCursor(SLOTS, 3, -1)).toBe(0)
    expect(dayCursor(SLOTS, 0, -1)).toBe(0)
    expect(dayCursor([], 0, 1)).toBe(0)
  })
})

describe('attemptFor', () => {
  let n = 0
  const makeKey = () => `key-${++n}`

  it('reuses the key for the same request (a double press, a retry)', () => {
    const first = attemptFor(null, '{"a":1}', makeKey)
    expect(attemptFor(first, '{"a":1}', makeKey)).toBe(first)
  })

  it('makes a new key when the request changed (a field fixed after a 422)', () => {
    const first = attemptFor(null, '{"a":1}', makeKey)
    const second = attemptFor(first, '{"a":2}', makeKey)
    expect(second.key).not.toBe(first.key)
  })
})

describe('what the read-back is about', () => {
  it('opening a booking is a look-up; booking, moving and cancelling name the people they touched', () => {
    expect(run({ type: 'open', id: 'b1' }).happened).toEqual({ kind: 'lookedUp', ids: [] })
    const booked = run({ type: 'open', id: 'b1', happened: { kind: 'booked', ids: ['b1', 'b2'] } })
    expect(booked.happened).toEqual({ kind: 'booked', ids: ['b1', 'b2'] })
    const moved = run(
      { type: 'open', id: 'b2' },
      { type: 'startMove', code: 'renewal' },
      { type: 'endMove' },
      { type: 'happened', happened: { kind: 'moved', ids: ['b2'] } },
    )
    expect(moved.happened).toEqual({ kind: 'moved', ids: ['b2'] })
    expect(run({ type: 'open', id: 'b1' }, { type: 'newBooking' }).happened).toBeNull()
  })
})
