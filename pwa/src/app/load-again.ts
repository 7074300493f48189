/** How long to wait before loading again while the browser says it is online. */
export const LOAD_AGAIN_MS = 15_000
/** Tries while online; the `online` event always gives one more. */
export const LOAD_ATTEMPTS_ONLINE = 8

/** What `loadAgainUntilLoaded` needs of the window. */
export interface LoadEnvironment {
  onLine(): boolean
  setTimeout(callback: () => void, ms: number): unknown
  onOnline(callback: () => void): void
}

const browser: LoadEnvironment = {
  onLine: () => navigator.onLine,
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  onOnline: (callback) => window.addEventListener('online', callback, { once: true }),
}

/**
 * Loads code the page needs later on its own (the sync engine, the purge timer): if the load fails
 * (the network dropped on a first visit, before the service worker holds the files), it is tried again
 * when the network comes back and every `LOAD_AGAIN_MS` while online, rather than leaving the page
 * without sync until someone reloads it. Browsers that follow the HTML standard since whatwg/html#10327
 * fetch a failed module again; one that remembers the failure just fails again, harmlessly.
 */
export function loadAgainUntilLoaded<T>(
  load: () => Promise<T>,
  use: (module: T) => void,
  env: LoadEnvironment = browser,
  attempt = 1,
): void {
  load().then(use, () => {
    const again = () => loadAgainUntilLoaded(load, use, env, attempt + 1)
    if (env.onLine() && attempt < LOAD_ATTEMPTS_ONLINE) env.setTimeout(again, LOAD_AGAIN_MS)
    else env.onOnline(() => loadAgainUntilLoaded(load, use, env, 1))
  })
}
