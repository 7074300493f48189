/**
 * The server's time as the tablet best knows it. A tablet's clock can be minutes off, or set back
 * while it works offline; the times it writes (a record's last change, a purge's confirmation, an
 * audit entry) and the purge's "now" must agree with the server's clock, or the device audit is
 * stored at the wrong time and a purge waits for as long as the clock is wrong.
 *
 * - Every answer from our server carries a `Date` header: the offset between it and the tablet's
 *   clock when the answer arrived is kept (and remembered across reloads, for a start offline). The
 *   header is whole seconds, so one answer only says the offset lies in a one-second window; the
 *   offset moves only when an answer shows it outside that window, and then only to its edge. Were it
 *   set afresh from each answer it would jump by up to a second between two answers, and a record
 *   saved just before a jump back would look changed in the future to the next purge.
 * - Between answers, a clock set back is noticed against the monotonic clock (which no one can set)
 *   and the offset grows by the jump. A clock that leaps forward looks like a tablet waking from
 *   sleep (the monotonic clock stops in sleep on Android and Linux), so it is trusted until the next
 *   answer corrects it: a purge that comes early by a wrong clock still needs the server's
 *   confirmation, and an open screen is never purged.
 */
export interface ClockSources {
  /** The tablet's own clock (ms since the epoch): Date.now. */
  wall(): number
  /** A clock that never goes back while the page lives: performance.now. */
  mono(): number
  load(): number | null
  save(offsetMs: number): void
}

/** Wall and monotonic clocks may drift apart a little between readings without anyone setting them. */
const JUMP_TOLERANCE_MS = 2_000
/** A `Date` header is whole seconds: the server's time was anywhere in the second after it. */
const HEADER_SECOND = 1_000
/** The answer's time on the way back, which the header does not include (generous for a LAN or 4G). */
const TRANSIT_MS = 250

export interface Clock {
  /** The server's time now, in ms since the epoch. */
  now(): number
  /** What the tablet's clock is behind the server's (negative when it is ahead). */
  offset(): number
  /** An answer's `Date` header, read as the answer arrived. */
  observe(dateHeader: string | null): void
}

export function createClock(sources: ClockSources): Clock {
  const stored = sources.load()
  let offset = stored ?? 0
  /** Whether the offset was ever learnt (here or by an earlier page) rather than assumed zero. */
  let known = stored !== null
  let last: { wall: number; mono: number } | null = null

  /** The tablet's clock, with a set-back since the last reading turned into offset. */
  function read(): number {
    const wall = sources.wall()
    const mono = sources.mono()
    if (last) {
      const back = last.wall + (mono - last.mono) - wall
      if (back > JUMP_TOLERANCE_MS) {
        offset += back
        sources.save(offset)
      }
    }
    last = { wall, mono }
    return wall
  }

  return {
    now: () => read() + offset,
    offset: () => offset,
    observe(dateHeader) {
      const server = dateHeader ? Date.parse(dateHeader) : Number.NaN
      if (!Number.isFinite(server)) return
      const wall = read()
      const low = server - wall
      const high = server + HEADER_SECOND + TRANSIT_MS - wall
      const next = !known ? (low + high) / 2 : Math.min(Math.max(offset, low), high)
      known = true
      if (next === offset) return
      offset = next
      sources.save(offset)
    },
  }
}

const OFFSET_KEY = 'madoguchi.clockOffset'

const browserSources: ClockSources = {
  wall: () => Date.now(),
  mono: () => (typeof performance === 'undefined' ? Date.now() : performance.now()),
  load() {
    try {
      const value = Number(globalThis.localStorage?.getItem(OFFSET_KEY) ?? Number.NaN)
      return Number.isFinite(value) ? value : null
    } catch {
      return null
    }
  },
  save(offsetMs) {
    try {
      globalThis.localStorage?.setItem(OFFSET_KEY, String(Math.round(offsetMs)))
    } catch {
      // storage refused: the offset holds for this page
    }
  },
}

export const clock = createClock(browserSources)

/** The server's time now, as a Date: use it for every time the tablet writes or purges by. */
export function serverNow(): Date {
  return new Date(clock.now())
}
