/** What `afterFirstPaint` needs of the window: the frame callback and the timers. */
export interface FrameClock {
  requestAnimationFrame(callback: () => void): unknown
  setTimeout(callback: () => void, ms: number): unknown
}

/** If no frame comes (a tab opened in the background paints nothing), the work starts anyway. */
export const FIRST_PAINT_WAIT_MS = 1000

/**
 * Runs `work` once, after the browser has painted the next frame, or after `FIRST_PAINT_WAIT_MS` if
 * no frame comes. Background work started with the app (the sync pass with its fetches and database
 * writes, the service worker's download of every file for offline use) otherwise competes with the
 * first screen for the main thread and a slow line, and the person waiting to unlock the tablet sees
 * it later. The callback of `requestAnimationFrame` runs just before a paint; the task it queues runs
 * after that paint.
 */
export function afterFirstPaint(work: () => void, clock: FrameClock = window): void {
  let done = false
  const once = () => {
    if (done) return
    done = true
    work()
  }
  clock.requestAnimationFrame(() => clock.setTimeout(once, 0))
  clock.setTimeout(once, FIRST_PAINT_WAIT_MS)
}

/** How long background work waits for a screen that never says it is shown (one that does not). */
export const FIRST_SCREEN_WAIT_MS = 3000

let showScreen: () => void = () => undefined
const screenShown = new Promise<void>((resolve) => {
  showScreen = resolve
})

/**
 * Said by the first screen a person waits for once it shows what they came for (the outreach home:
 * its PIN set-up, lock screen or work), so `afterFirstScreen` work starts after that is painted.
 */
export function markFirstScreenShown(): void {
  showScreen()
}

/**
 * Runs `work` once, after the first screen has been marked shown and painted, or after
 * `FIRST_SCREEN_WAIT_MS` on a screen that never marks itself. The sync pass's fetches and database
 * writes and the service worker's download of every file would otherwise come before the lock screen
 * on a slow tablet, not after it; waiting costs the sync a frame.
 */
export function afterFirstScreen(work: () => void, clock: FrameClock = window): void {
  let done = false
  const once = () => {
    if (done) return
    done = true
    work()
  }
  void screenShown.then(() => afterFirstPaint(once, clock))
  clock.setTimeout(once, FIRST_SCREEN_WAIT_MS)
}
