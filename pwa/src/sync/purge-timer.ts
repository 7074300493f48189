import { sweepConfirmed } from './acknowledge'
import { settings } from './settings'

let timer: ReturnType<typeof setTimeout> | undefined
let armedFor = 0

/**
 * Purge what the server confirmed every sync interval, from the moment a tablet that syncs opens the
 * app and for as long as it stays open: signed in or out, locked or not, online or not. The purge
 * needs no network and no session, and a sign-out (or a 401 ending the session) must not leave
 * visitors' records on the tablet until someone signs in again. Never stopped.
 */
export function keepPurging(): void {
  // Called again with a changed interval (tests shorten it), the wait already running is replaced.
  if (timer !== undefined && armedFor === settings.intervalMs) return
  clearTimeout(timer)
  const tick = () => {
    void sweepConfirmed().catch(() => undefined)
    armedFor = settings.intervalMs
    timer = setTimeout(tick, armedFor)
  }
  armedFor = settings.intervalMs
  timer = setTimeout(tick, armedFor)
}
