import { renameSync, rmSync } from 'node:fs'
import Database from 'better-sqlite3'
import { markAsCopy, recordBackup } from './generation'
import type { Db } from './open'

/**
 * Online backup: SQLite copies the database page by page while the server keeps serving. The result
 * is one self-contained file (no -wal needed) that `MADOGUCHI_DB` can point at.
 *
 * Only a copy that was checked counts: it is written beside the destination, checked with
 * `quick_check`, given a generation of its own (a server restored from it must not look like the
 * one the tablets know), and only then renamed into place. Then the live database records the time
 * it was started at, less `BACKUP_MARGIN_MS`, as `backedUpThrough`: everything acknowledged before
 * that is in the copy. The margin is for writers in other processes (a second server on the file,
 * or this one seen from `npm run backup`): a write stamps its time, may wait up to the 5 s busy
 * timeout for the lock, and commits; one that commits after a quick copy finished is not in it.
 */
export const BACKUP_MARGIN_MS = 10_000

export async function backupDatabase(
  db: Db,
  destination: string,
  now: () => Date = () => new Date(),
): Promise<{ pages: number; through: string }> {
  const through = new Date(now().getTime() - BACKUP_MARGIN_MS).toISOString()
  const partial = `${destination}.partial`
  try {
    const result = await db.backup(partial)
    const copy = new Database(partial)
    try {
      // One file with no -wal beside it, whatever the live database's journal is.
      copy.pragma('journal_mode = DELETE')
      const check = copy.pragma('quick_check', { simple: true })
      if (check !== 'ok') throw new Error(`backup copy failed its check: ${String(check)}`)
      markAsCopy(copy, through)
    } finally {
      copy.close()
    }
    renameSync(partial, destination)
    recordBackup(db, through)
    return { pages: result.totalPages, through }
  } finally {
    rmSync(partial, { force: true })
  }
}
