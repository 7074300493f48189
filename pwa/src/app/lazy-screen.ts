import { type ComponentType, createElement, type LazyExoticComponent, lazy } from 'react'

/** A screen's code that could not be loaded (not an error in the screen itself). */
export class ScreenLoadError extends Error {
  constructor(cause: unknown) {
    super('screen code not loaded', { cause })
    this.name = 'ScreenLoadError'
  }
}

/** Waits between tries while online: a dropped request, a server restarting. */
export const LOAD_RETRY_MS = [1000, 3000]

/** What `loadWithRetry` needs of the window. */
export interface RetryEnvironment {
  onLine(): boolean
  wait(ms: number): Promise<void>
}

const browser: RetryEnvironment = {
  onLine: () => navigator.onLine,
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}

/**
 * Loads a screen's code, trying again after `LOAD_RETRY_MS` while the browser is online (a dropped
 * request, a server restarting); the screen shows its loading text meanwhile. Offline, or after the
 * last try, it rejects with a `ScreenLoadError` at once rather than showing "loading" for as long as
 * the network is away: the screen's boundary says what happened and loads it again when the network
 * returns or staff ask. Browsers that follow whatwg/html#10327 fetch a failed module again; one that
 * remembers the failure fails again at once, and a reload is the way out there.
 */
export async function loadWithRetry<T>(load: () => Promise<T>, env: RetryEnvironment = browser): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await load()
    } catch (error) {
      if (!env.onLine() || attempt >= LOAD_RETRY_MS.length) throw new ScreenLoadError(error)
      await env.wait(LOAD_RETRY_MS[attempt] as number)
    }
  }
}

/** The lazy screens whose code failed to load, each able to start over. */
const failed = new Set<() => void>()

/**
 * `React.lazy` for a screen whose code may fail to load. React keeps a failed lazy component's error
 * for good, so after a failure this one makes a fresh lazy component when `loadFailedScreensAgain` is
 * called (by `ScreenBoundary`'s button), and the next render imports again.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const fresh = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(() =>
      loadWithRetry(load).then(
        (component) => ({ default: component }),
        (error: unknown) => {
          failed.add(startOver)
          throw error
        },
      ),
    )
  let current = fresh()
  const startOver = () => {
    current = fresh()
  }
  // biome-ignore lint/correctness/noComponentHookFactories: made once per screen at module level, as React.lazy is
  return function LazyScreen(props: P) {
    return createElement(current as ComponentType<P>, props)
  }
}

/** Every lazy screen that failed loads again at its next render. */
export function loadFailedScreensAgain(): void {
  for (const startOver of failed) startOver()
  failed.clear()
}
