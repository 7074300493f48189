import { randomUUID } from 'node:crypto'
import type { ServerBackup } from '@madoguchi/shared'
import type { Db } from './open'
import { stmt } from './statements'

/**
 * The database's generation and how much of it a backup holds (migration 0015). Every sync answer
 * carries both; a tablet purges only what was acknowledged in this generation no later than
 * `backedUpThrough`, and sends again what it holds when the generation changes (docs/sync.md).
 *
 * The answer is kept in memory and read again at most every `CACHE_MS`, so a push does no extra
 * read: the backups this process takes update it at once, one taken by `npm run backup` from another
 * process is seen within seconds (a late view only delays a purge, it never allows one).
 */
const CACHE_MS = 2_000
const cache = new WeakMap<Db, { state: ServerBackup; readAt: number }>()

interface Row {
  generation: string
  backed_up_through: string | null
  backup_taken_at: string | null
}

const readRow = (db: Db) =>
  stmt(
    db,
    'SELECT generation, backed_up_through, backup_taken_at FROM server_generation WHERE only = 1',
  ).get() as Row | undefined

export function backupState(db: Db, nowMs = Date.now()): ServerBackup {
  const held = cache.get(db)
  if (held && nowMs - held.readAt < CACHE_MS) return held.state
  const row = readRow(db)
  const state = { generation: row?.generation ?? '', backedUpThrough: row?.backed_up_through ?? null }
  cache.set(db, { state, readAt: nowMs })
  return state
}

/** A backup holding everything up to `through` completed and was verified. */
export function recordBackup(db: Db, through: string): void {
  // Never backwards: a slow backup finishing after a quicker later one must not undo it.
  stmt(
    db,
    `UPDATE server_generation SET backed_up_through = ?
     WHERE only = 1 AND (backed_up_through IS NULL OR backed_up_through < ?)`,
  ).run(through, through)
  cache.delete(db)
}

/**
 * Make a verified backup copy a generation of its own: a server started on it must not answer with
 * the generation the tablets know, or they would trust it holds what they purged since.
 */
export function markAsCopy(copy: Db, takenAt: string): void {
  stmt(
    copy,
    'UPDATE server_generation SET generation = ?, backed_up_through = NULL, backup_taken_at = ? WHERE only = 1',
  ).run(newGeneration(), takenAt)
}

/**
 * At start: a database that is a backup copy (restored, or pointed at directly) gets a fresh
 * generation again, so even the same copy restored twice is told apart from its first life. Returns
 * when that copy was taken, or null for a database that simply carries on.
 */
export function adoptGeneration(db: Db): { restoredFrom: string | null } {
  const row = readRow(db)
  cache.delete(db)
  if (!row?.backup_taken_at) return { restoredFrom: null }
  stmt(
    db,
    'UPDATE server_generation SET generation = ?, backed_up_through = NULL, backup_taken_at = NULL WHERE only = 1',
  ).run(newGeneration())
  return { restoredFrom: row.backup_taken_at }
}

const newGeneration = () => randomUUID().replaceAll('-', '')
