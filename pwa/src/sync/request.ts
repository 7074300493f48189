/**
 * Ask for a sync pass now, from a screen, without the screen loading the sync engine: the engine
 * (scheduler.ts and everything it runs) loads after the first screen is painted (app/main.tsx), and a
 * static import from the outreach home would put all of it in front of the lock screen. Resolves when
 * the pass (and any asked for during it) has finished; before the engine has started, at once.
 */
export function requestSync(): Promise<void> {
  return import('./scheduler').then((scheduler) => scheduler.requestSync())
}
