import { clock } from '../app/clock'

/**
 * The records open on screen now, in this tab and in every other tab of the app on this tablet, so
 * the purge leaves them until their screen closes: a visitor the server confirmed must not vanish
 * while staff are still looking at it, and another tab's sweep must not take it either (issue 18:
 * a second tab purged the visitor open in the first). Counted so two holders of the same id in one
 * tab release independently.
 *
 * Each tab publishes what it holds in localStorage (read synchronously by every tab's purge, so a
 * sweep always sees the others' current screens) with an expiry it renews while it holds anything.
 * A tab that crashed or was frozen by the system stops renewing, and its screens stop pinning
 * records after `HOLD_TTL_MS`; if staff then type into a screen whose record left meanwhile, the
 * save recreates it from its receipt (outreach/patch.ts), so nothing typed is lost.
 */
const held = new Map<string, number>()

const PREFIX = 'madoguchi.onScreen.'
/** Longer than a background tab's timers may be held back (Chromium runs them once a minute). */
export const HOLD_TTL_MS = 3 * 60_000
const RENEW_MS = 20_000

const tab = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
let renewing: ReturnType<typeof setInterval> | undefined

export interface PublishedHold {
  ids: string[]
  /** Server time (ms) after which the hold no longer counts: its tab stopped renewing it. */
  until: number
}

/** The ids other tabs hold, from what they published; expired holds are listed to be removed. */
export function openElsewhere(
  published: { key: string; value: string | null }[],
  now: number,
): { ids: Set<string>; expired: string[] } {
  const ids = new Set<string>()
  const expired: string[] = []
  for (const { key, value } of published) {
    let hold: PublishedHold | null = null
    try {
      hold = JSON.parse(value ?? 'null') as PublishedHold | null
    } catch {
      hold = null
    }
    if (!hold || !Array.isArray(hold.ids) || !(hold.until > now)) {
      expired.push(key)
      continue
    }
    for (const id of hold.ids) if (typeof id === 'string') ids.add(id)
  }
  return { ids, expired }
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}

function publish(): void {
  const store = storage()
  try {
    if (held.size === 0) {
      store?.removeItem(PREFIX + tab)
      clearInterval(renewing)
      renewing = undefined
      return
    }
    const hold: PublishedHold = { ids: [...held.keys()], until: clock.now() + HOLD_TTL_MS }
    store?.setItem(PREFIX + tab, JSON.stringify(hold))
    renewing ??= setInterval(publish, RENEW_MS)
  } catch {
    // Storage refused: this tab's own sweeps still see its screens (below); others may not.
  }
}

if (typeof window !== 'undefined') {
  // A closed tab lets go at once; one restored from the back/forward cache holds again.
  window.addEventListener('pagehide', () => storage()?.removeItem(PREFIX + tab))
  window.addEventListener('pageshow', () => publish())
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') publish()
  })
}

/** Hold a record open; call the returned function when its screen closes. */
export function holdOnScreen(id: string): () => void {
  held.set(id, (held.get(id) ?? 0) + 1)
  publish()
  let released = false
  return () => {
    if (released) return
    released = true
    const left = (held.get(id) ?? 1) - 1
    if (left > 0) held.set(id, left)
    else held.delete(id)
    publish()
  }
}

/** The ids open on screen in any tab, as the purge reads them. */
export function onScreen(): ReadonlySet<string> {
  const open = new Set(held.keys())
  const store = storage()
  if (!store) return open
  try {
    const published: { key: string; value: string | null }[] = []
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i)
      if (key?.startsWith(PREFIX) && key !== PREFIX + tab) published.push({ key, value: store.getItem(key) })
    }
    const elsewhere = openElsewhere(published, clock.now())
    for (const key of elsewhere.expired) store.removeItem(key)
    for (const id of elsewhere.ids) open.add(id)
  } catch {
    // Storage unreadable: this tab's screens only.
  }
  return open
}
