import { describe, expect, it } from 'vitest'
import { type ClockSources, createClock } from './clock'

const MINUTE = 60_000

/** A tablet whose clock tests can set, with a monotonic clock that only moves forward. */
function tablet(wall: number, stored: number | null = null) {
  const state = { wall, mono: 0, saved: stored }
  const sources: ClockSources = {
    wall: () => state.wall,
    mono: () => state.mono,
    load: () => stored,
    save: (offset) => {
      state.saved = offset
    },
  }
  const pass = (ms: number) => {
    state.wall += ms
    state.mono += ms
  }
  return { state, clock: createClock(sources), pass }
}

const SERVER = Date.UTC(2026, 11, 2, 9, 0, 0)
const header = (ms: number) => new Date(ms).toUTCString()

describe('the server-corrected clock', () => {
  it('reads a tablet 15 minutes fast as the server time, from the Date header of an answer', () => {
    const { clock, state, pass } = tablet(SERVER + 15 * MINUTE)
    expect(clock.now()).toBe(SERVER + 15 * MINUTE) // nothing known yet: the tablet's own clock
    clock.observe(header(SERVER))
    expect(Math.abs(clock.now() - SERVER)).toBeLessThanOrEqual(1000)
    pass(MINUTE)
    expect(Math.abs(clock.now() - (SERVER + MINUTE))).toBeLessThanOrEqual(1000)
    expect(state.saved).toBe(clock.offset()) // kept for a start with no network
  })

  it('starts from the offset kept by an earlier page', () => {
    const { clock } = tablet(SERVER - 10 * MINUTE, 10 * MINUTE)
    expect(clock.now()).toBe(SERVER)
  })

  it('keeps server time when the clock is set back while offline, with no answer since', () => {
    const { clock, state, pass } = tablet(SERVER)
    clock.observe(header(SERVER))
    const before = clock.now()
    pass(5_000)
    state.wall -= 60 * MINUTE // staff (or the network time service) set the clock back an hour
    expect(Math.abs(clock.now() - (before + 5_000))).toBeLessThanOrEqual(10)
    pass(MINUTE)
    expect(Math.abs(clock.now() - (before + 5_000 + MINUTE))).toBeLessThanOrEqual(10)
  })

  it('trusts a clock that leaps forward (a tablet waking from sleep) until the next answer', () => {
    const { clock, state } = tablet(SERVER)
    clock.observe(header(SERVER))
    state.wall += 30 * MINUTE // asleep: the monotonic clock did not move
    expect(Math.abs(clock.now() - (SERVER + 30 * MINUTE))).toBeLessThanOrEqual(1000)
  })

  it('settles on the offset instead of jumping with the part of a second each answer came in', () => {
    const ahead = 15 * MINUTE + 300 // the tablet's clock is this far ahead of the server's
    const { clock, state, pass } = tablet(SERVER + ahead)
    clock.observe(header(SERVER))
    let error = Math.abs(clock.offset() + ahead)
    // Answers at every part of a second: each header alone allows an offset a second wide.
    for (const within of [999, 450, 0, 700, 100, 999, 0]) {
      pass(MINUTE - ((state.wall - ahead) % 1000) + within)
      clock.observe(header(state.wall - ahead))
      const now = Math.abs(clock.offset() + ahead)
      expect(now).toBeLessThanOrEqual(error) // only ever toward the true offset
      error = now
    }
    expect(error).toBeLessThanOrEqual(251) // the window after answers at .000 and .999: 1,250 − 999
    // Once settled, a time stamped before an answer never reads as later than a "now" after it.
    const stamped = clock.now()
    pass(400)
    clock.observe(header(state.wall - ahead))
    expect(clock.now()).toBeGreaterThanOrEqual(stamped)
  })

  it('moves to the edge of the window when an answer shows the offset outside it', () => {
    const { clock, state } = tablet(SERVER)
    clock.observe(header(SERVER))
    state.wall -= 10_000 // the tablet's clock was corrected by ten seconds: the server did not move
    clock.observe(header(SERVER + 5_000))
    expect(Math.abs(clock.now() - (SERVER + 5_000))).toBeLessThanOrEqual(1_250)
  })

  it('ignores an answer without a usable Date header', () => {
    const { clock } = tablet(SERVER + MINUTE)
    clock.observe(null)
    clock.observe('not a date')
    expect(clock.now()).toBe(SERVER + MINUTE)
  })
})
