import type { SessionInfo } from '@madoguchi/shared'
import { db } from './schema'

/**
 * The cached sign-in, written and cleared (it is read at start-up without Dexie: db/session-read.ts).
 * It is a device fact, not a synced record, so it is written here directly rather than through the
 * outbox. Storage failures are swallowed: without IndexedDB the app still works online, it only
 * cannot open offline.
 */
export async function writeCachedSession(session: SessionInfo): Promise<void> {
  try {
    await db.meta.put({ key: 'session', value: session })
  } catch {
    // See above: the session still holds for this page.
  }
}

export async function clearCachedSession(): Promise<void> {
  try {
    await db.meta.delete('session')
  } catch {
    // Nothing cached, or storage unavailable: nothing to clear.
  }
}
