import { useLiveQuery } from 'dexie-react-hooks'
import { db, type OutboxEntry } from '../db/schema'
import { type RejectedVisitor, visitorOf } from './rejected'
import { isPhotoUpload } from './tables'

export interface OutboxView {
  records: number
  photos: number
  rejected: (OutboxEntry & { visitor: RejectedVisitor | null })[]
  lastSyncAt: string | null
}

const EMPTY: OutboxView = { records: 0, photos: 0, rejected: [], lastSyncAt: null }

/** The outbox as the panel shows it, live: it re-renders whenever an entry is added or confirmed. */
export function useOutbox(): OutboxView {
  return (
    useLiveQuery(async () => {
      const entries = await db.outbox.toArray()
      const last = await db.meta.get('lastSyncAt')
      return {
        records: entries.filter((e) => !isPhotoUpload(e)).length,
        photos: entries.filter(isPhotoUpload).length,
        rejected: await Promise.all(
          entries
            .filter((e) => e.state === 'rejected')
            .map(async (e) => ({ ...e, visitor: await visitorOf(e) })),
        ),
        lastSyncAt: last?.key === 'lastSyncAt' ? last.value : null,
      }
    }) ?? EMPTY
  )
}
