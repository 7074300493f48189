import { create } from 'zustand'

/** What went wrong in the last pass, as a catalog key suffix (`sync.error.<kind>`). */
export type SyncProblem = 'network' | 'timeout' | 'signedOut' | 'other'

export interface SyncStatus {
  running: boolean
  problem: SyncProblem | null
  /** When the next retry after a failure is due (ms since epoch), for the panel. */
  retryAt: number | null
  /** Bytes of photos sent in this pass out of the bytes waiting when it began. */
  photoBytes: { sent: number; total: number }
}

/** The sync engine's live state, for the outbox panel. The counts themselves come from Dexie. */
export const useSyncStatus = create<SyncStatus>(() => ({
  running: false,
  problem: null,
  retryAt: null,
  photoBytes: { sent: 0, total: 0 },
}))
