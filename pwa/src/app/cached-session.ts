import { SessionInfo } from '@madoguchi/shared'
import { readSessionRow } from '../db/session-read'

/**
 * The cached sign-in, kept in IndexedDB. It is read with IndexedDB alone (db/session-read.ts), so no
 * screen waits for Dexie to start; it is written and cleared through db/meta.ts, a dynamic import, so
 * the sign-in page does not load Dexie and the device schema before anyone has signed in. A one-character hint
 * in localStorage says whether a sign-in was cached: without it, and online, there is nothing to read
 * and the page goes straight to the form. Offline, or with storage blocked, the cache is always read,
 * so a tablet that lost the hint still opens at a pop-up with no network.
 */
const HINT = 'madoguchi.cachedSignIn'
const meta = () => import('../db/meta')

function hinted(): boolean | null {
  try {
    return localStorage.getItem(HINT) === '1'
  } catch {
    return null // storage blocked: unknown
  }
}

function setHint(on: boolean): void {
  try {
    if (on) localStorage.setItem(HINT, '1')
    else localStorage.removeItem(HINT)
  } catch {
    // storage blocked: the cache is read every time instead
  }
}

/** Whether this device says it holds a cached sign-in (storage blocked: no). */
export const hasCachedSignIn = (): boolean => hinted() === true

export async function readCachedSession(): Promise<SessionInfo | null> {
  const online = typeof navigator === 'undefined' || navigator.onLine
  if (online && hinted() === false) return null
  const parsed = SessionInfo.safeParse(await readSessionRow())
  return parsed.success ? parsed.data : null
}

export async function writeCachedSession(session: SessionInfo): Promise<void> {
  await (await meta()).writeCachedSession(session)
  setHint(true)
}

export async function clearCachedSession(): Promise<void> {
  setHint(false)
  await (await meta()).clearCachedSession()
}
