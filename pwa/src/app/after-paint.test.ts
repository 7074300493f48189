import { describe, expect, it, vi } from 'vitest'
import { afterFirstPaint, FIRST_PAINT_WAIT_MS, type FrameClock } from './after-paint'

/** A clock the test advances by hand: frames when it says, timers in order of their time. */
function manualClock() {
  let now = 0
  const frames: (() => void)[] = []
  let timers: { at: number; run: () => void }[] = []
  const clock: FrameClock = {
    requestAnimationFrame: (callback) => frames.push(callback),
    setTimeout: (callback, ms) => timers.push({ at: now + ms, run: callback }),
  }
  return {
    clock,
    frame() {
      for (const callback of frames.splice(0)) callback()
    },
    advance(ms: number) {
      now += ms
      const due = timers.filter((t) => t.at <= now).sort((a, b) => a.at - b.at)
      timers = timers.filter((t) => t.at > now)
      for (const t of due) t.run()
    },
  }
}

describe('afterFirstPaint', () => {
  it('waits for a frame and runs in the task after its paint, not in the frame callback', () => {
    const m = manualClock()
    let runs = 0
    afterFirstPaint(() => runs++, m.clock)
    m.advance(0)
    expect(runs).toBe(0)
    m.frame()
    expect(runs).toBe(0)
    m.advance(0)
    expect(runs).toBe(1)
  })

  it('runs once only, when the fallback timer also comes due', () => {
    const m = manualClock()
    let runs = 0
    afterFirstPaint(() => runs++, m.clock)
    m.frame()
    m.advance(FIRST_PAINT_WAIT_MS)
    expect(runs).toBe(1)
  })

  it('starts anyway when no frame comes (a tab in the background)', () => {
    const m = manualClock()
    let runs = 0
    afterFirstPaint(() => runs++, m.clock)
    m.advance(FIRST_PAINT_WAIT_MS - 1)
    expect(runs).toBe(0)
    m.advance(1)
    expect(runs).toBe(1)
  })
})

describe('afterFirstScreen', () => {
  // The mark is the page's, once: each test gets the module fresh.
  const fresh = async () => {
    vi.resetModules()
    return import('./after-paint')
  }
  const settle = () => new Promise((resolve) => setImmediate(resolve))

  it('waits for the screen to say it is shown, then for the paint after that', async () => {
    const { afterFirstScreen, markFirstScreenShown } = await fresh()
    const m = manualClock()
    let runs = 0
    afterFirstScreen(() => runs++, m.clock)
    m.frame()
    m.advance(0)
    await settle()
    expect(runs).toBe(0)
    markFirstScreenShown()
    await settle()
    expect(runs).toBe(0)
    m.frame()
    m.advance(0)
    expect(runs).toBe(1)
  })

  it('runs straight after the next paint when the screen was shown before it was asked', async () => {
    const { afterFirstScreen, markFirstScreenShown } = await fresh()
    markFirstScreenShown()
    const m = manualClock()
    let runs = 0
    afterFirstScreen(() => runs++, m.clock)
    await settle()
    m.frame()
    m.advance(0)
    expect(runs).toBe(1)
  })

  it('starts anyway, once, on a screen that never says it is shown', async () => {
    const { afterFirstScreen, FIRST_SCREEN_WAIT_MS, markFirstScreenShown } = await fresh()
    const m = manualClock()
    let runs = 0
    afterFirstScreen(() => runs++, m.clock)
    m.advance(FIRST_SCREEN_WAIT_MS)
    expect(runs).toBe(1)
    markFirstScreenShown()
    await settle()
    m.frame()
    m.advance(FIRST_PAINT_WAIT_MS)
    expect(runs).toBe(1)
  })
})
