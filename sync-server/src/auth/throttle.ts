/**
 * Sign-in throttle: growing waits instead of a hard lock.
 *
 * Each key (a login ID, an address, or a login ID on a known device) may fail `freeFailures` times
 * in a row without waiting; the failure that reaches it starts a wait of firstWaitMs before the next
 * try, and every further failure doubles it (2×, 4× … up to maxWaitMs). Guessing a password is slowed to a few tries an hour, while the real user, who
 * mistypes once or twice, never waits. Failures are forgotten `forgetMs` after the last one and on
 * a success. A known device (one that signed in as this staff member before, see known-devices.ts)
 * is judged on its own key, so an attacker's failures from elsewhere never hold the real user back.
 *
 * In memory on purpose: one server process is the deployment, and a restart forgetting the counts
 * is harmless next to the cost of a write per attempt. The map is bounded (oldest dropped first).
 */
export interface ThrottleConfig {
  freeFailures: number
  firstWaitMs: number
  maxWaitMs: number
  forgetMs: number
  /** Keys held at most; beyond it the oldest are dropped (a flood of made-up IDs cannot fill memory). */
  maxKeys: number
}

interface Entry {
  failures: number
  lastFailure: number
  /** No try before this time (ms). */
  until: number
}

export class Throttle {
  private readonly entries = new Map<string, Entry>()

  constructor(private readonly config: ThrottleConfig) {}

  /** When the key may try again (ms since epoch), or null if it may now. */
  waitUntil(key: string, now: number): number | null {
    const entry = this.live(key, now)
    return entry && entry.until > now ? entry.until : null
  }

  fail(key: string, now: number): void {
    const entry = this.live(key, now) ?? { failures: 0, lastFailure: now, until: 0 }
    entry.failures += 1
    entry.lastFailure = now
    const over = entry.failures - this.config.freeFailures
    if (over >= 0) {
      const wait = Math.min(this.config.maxWaitMs, this.config.firstWaitMs * 2 ** Math.min(over, 30))
      entry.until = now + wait
    }
    // Re-insert so the map's order is the order of last failure: the oldest go first when full.
    this.entries.delete(key)
    this.entries.set(key, entry)
    while (this.entries.size > this.config.maxKeys) {
      const oldest = this.entries.keys().next().value
      if (oldest === undefined) break
      this.entries.delete(oldest)
    }
  }

  reset(key: string): void {
    this.entries.delete(key)
  }

  private live(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key)
    if (entry && now - entry.lastFailure >= this.config.forgetMs && entry.until <= now) {
      this.entries.delete(key)
      return undefined
    }
    return entry
  }
}

/**
 * Blocked attempts, counted per login ID and window rather than written one row each: a window's
 * count becomes one audit row when the window is over (see `due`). Bounded like the throttle.
 */
export class BlockedTally {
  private readonly windows = new Map<string, { from: number; count: number }>()

  constructor(
    private readonly windowMs: number,
    private readonly maxKeys: number,
  ) {}

  add(key: string, now: number): void {
    const open = this.windows.get(key)
    if (open && now - open.from < this.windowMs) open.count += 1
    else this.windows.set(key, { from: now, count: 1 })
  }

  /**
   * The windows that are over (all of them when `all`, or when the tally is over its bound), taken
   * out of the tally. A window still open whose key is seen again after it closed is replaced in
   * `add`, so it is also returned here first by the caller's order: call `due` before `add`.
   */
  due(now: number, all = false): { key: string; from: number; to: number; count: number }[] {
    const flushAll = all || this.windows.size > this.maxKeys
    const out: { key: string; from: number; to: number; count: number }[] = []
    for (const [key, w] of this.windows) {
      if (!flushAll && now - w.from < this.windowMs) continue
      out.push({ key, from: w.from, to: Math.min(now, w.from + this.windowMs), count: w.count })
      this.windows.delete(key)
    }
    return out
  }
}
