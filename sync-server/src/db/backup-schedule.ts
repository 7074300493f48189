import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Deps } from '../deps'
import { BACKUP_MARGIN_MS, backupDatabase } from './backup'
import { recordBackup } from './generation'

export interface BackupSchedule {
  /** Where the copies go (BACKUP_DIR). */
  dir: string
  /** Minutes between backups (BACKUP_INTERVAL_MINUTES); 0 takes none. */
  intervalMinutes: number
  /** Copies kept; older ones are deleted (BACKUP_KEEP). */
  keep: number
}

const NAME = /^madoguchi-\d{8}T\d{6}Z\.sqlite$/

/** `madoguchi-20261202T153000Z.sqlite`: names that sort in time order. */
export const backupName = (at: Date) =>
  `madoguchi-${at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}.sqlite`

/**
 * The server's own online backups. Tablets purge only what a completed backup holds, so without
 * backups they would keep every visitor: the server takes them itself, on a schedule, rather than
 * relying on an outside job. A run that finds nothing written since the last copy began copies
 * nothing (a quiet month does not write the whole file every few minutes): that copy still holds
 * everything, so only `backedUpThrough` moves on.
 */
export function startBackups(deps: Deps, schedule: BackupSchedule) {
  let running: Promise<void> | null = null
  let unchangedIf: string | null = null
  // This connection's writes, and commits by other connections (another process on the file).
  const changes = () => deps.db.prepare('SELECT total_changes()').pluck().get()
  const otherWriters = () => deps.db.pragma('data_version', { simple: true })
  const fingerprint = (others = otherWriters()) => `${changes()}:${others}`

  async function run(): Promise<void> {
    if (unchangedIf !== null && fingerprint() === unchangedIf) {
      recordBackup(deps.db, new Date(deps.now().getTime() - BACKUP_MARGIN_MS).toISOString())
      unchangedIf = fingerprint()
      return
    }
    mkdirSync(schedule.dir, { recursive: true })
    const at = deps.now()
    const others = otherWriters()
    const { through } = await backupDatabase(deps.db, join(schedule.dir, backupName(at)), deps.now)
    // This connection's writes during the copy are in it, and it has made none since (the rest of
    // the backup runs synchronously); another process's commit during or after the copy is not
    // known to be in it, so it is compared with the count taken before.
    unchangedIf = fingerprint(others)
    deps.log.info('backup_completed', { through })
    prune(schedule)
  }

  const tick = () => {
    if (running) return running
    running = run()
      .catch((error) => {
        unchangedIf = null
        deps.log.error('backup_failed', { error: String((error as Error)?.message ?? error) })
      })
      .finally(() => {
        running = null
      })
    return running
  }
  const timer =
    schedule.intervalMinutes > 0 ? setInterval(tick, schedule.intervalMinutes * 60_000) : undefined
  timer?.unref()
  return {
    /** Take a backup now (or wait for the one under way). */
    runNow: tick,
    async stop() {
      if (timer) clearInterval(timer)
      await running
    },
  }
}

function prune({ dir, keep }: BackupSchedule): void {
  const copies = readdirSync(dir)
    .filter((f) => NAME.test(f))
    .sort()
  for (const old of copies.slice(0, Math.max(0, copies.length - Math.max(1, keep)))) {
    rmSync(join(dir, old), { force: true })
  }
}
