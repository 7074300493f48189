import { useLiveQuery } from 'dexie-react-hooks'
import { db, type OutboxEntry } from '../db/schema'
import { type RejectedVisitor, visitorOf } from './rejected'
import { isPhotoUpload } from './tables'

export interface OutboxView {
  records: number
  photos: number
  rejected: (OutboxEntry & { visitor: RejectedVisitor | null })[]
  lastSyncAt: string | null
  /** The server was seen restored from a backup within the last day: what this tablet sent again. */
  restored: { noticedAt: string; records: number; deletions: number } | null
}

const EMPTY: OutboxView = { records: 0, photos: 0, rejected: [], lastSyncAt: null, restored: null }
/** How long the panel says the server was restored (staff who were not there that hour see it too). */
const RESTORED_SHOWN_MS = 24 * 3_600_000

/** The outbox as the panel shows it, live: it re-renders whenever an entry is added or confirmed. */
export function useOutbox(): OutboxView {
  return (
    useLiveQuery(async () => {
      const entries = await db.outbox.toArray()
      const last = await db.meta.get('lastSyncAt')
      const restored = await db.meta.get('serverRestored')
      return {
        records: entries.filter((e) => !isPhotoUpload(e)).length,
        photos: entries.filter(isPhotoUpload).length,
        rejected: await Promise.all(
          entries
            .filter((e) => e.state === 'rejected')
            .map(async (e) => ({ ...e, visitor: await visitorOf(e) })),
        ),
        lastSyncAt: last?.key === 'lastSyncAt' ? last.value : null,
        restored:
          restored?.key === 'serverRestored' &&
          Date.now() - Date.parse(restored.value.noticedAt) < RESTORED_SHOWN_MS
            ? restored.value
            : null,
      }
    }) ?? EMPTY
  )
}
