import { type ServerBackup, SYNC_ENTITIES } from '@madoguchi/shared'
import { db } from '../db/schema'
import { queueResend } from './resend'
import { tableFor } from './tables'

/**
 * The server's generation and backup as the tablet last heard them (meta 'server'), in memory for
 * the purge rule and in IndexedDB so a restart or an offline sweep knows them too.
 */
let known: ServerBackup | null = null

export const knownServer = (): ServerBackup | null => known

/** Read what was stored (at a sweep: another tab may be the one sending and hearing answers). */
export async function loadServerState(): Promise<ServerBackup | null> {
  const entry = await db.meta.get('server')
  known = entry?.key === 'server' ? entry.value : null
  return known
}

/**
 * Take in the server's state from an answer. A generation other than the one last seen means the
 * server's database is not the one that acknowledged what the tablet holds (it was restored from a
 * backup): everything still here is queued to be sent again, deletions included, in the same
 * transaction that records the new generation, so a pass cut in between cannot skip the resend.
 * Staff are told in plain words when a known generation changed; a first generation (a new tablet,
 * or one from before generations existed) is taken in quietly, its resend just duplicates.
 */
export async function observeServer(server: ServerBackup | undefined): Promise<void> {
  if (!server) return
  if (known?.generation === server.generation && known.backedUpThrough === server.backedUpThrough) return
  // Every synced kind: the resend walks them all (a correction request too).
  await db.transaction('rw', [db.meta, db.outbox, db.receipts, ...SYNC_ENTITIES.map(tableFor)], async () => {
    const entry = await db.meta.get('server')
    const before = entry?.key === 'server' ? entry.value : null
    if (before?.generation !== server.generation) {
      const noticedAt = new Date().toISOString()
      const queued = await queueResend(noticedAt)
      if (before) await db.meta.put({ key: 'serverRestored', value: { noticedAt, ...queued } })
    } else if (before.backedUpThrough === server.backedUpThrough) {
      return
    }
    await db.meta.put({ key: 'server', value: server })
  })
  known = server
}
