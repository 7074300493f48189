import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG } from '../deps'
import { createLogger } from '../http/logger'
import { BACKUP_MARGIN_MS, backupDatabase } from './backup'
import { backupName, startBackups } from './backup-schedule'
import { backupState } from './generation'
import { migrate } from './migrate'
import { openDatabase } from './open'

describe('online backup', () => {
  it('copies committed rows that still sit in the WAL into one self-contained file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'madoguchi-backup-'))
    const live = openDatabase(join(dir, 'live.sqlite'))
    migrate(live)
    live
      .prepare(
        "INSERT INTO audit_log (at, action, entity) VALUES ('2026-11-25T00:00:00Z', 'backup_probe', 'test')",
      )
      .run()
    await backupDatabase(live, join(dir, 'copy.sqlite'))
    // The live database keeps working during and after the backup.
    live
      .prepare("INSERT INTO audit_log (at, action, entity) VALUES ('2026-11-25T00:00:01Z', 'after', 'test')")
      .run()
    const copy = openDatabase(join(dir, 'copy.sqlite'))
    expect(copy.prepare('SELECT action FROM audit_log').pluck().all()).toEqual(['backup_probe'])
    copy.close()
    live.close()
    rmSync(dir, { recursive: true, force: true })
  })
})

describe('scheduled backups', () => {
  it('copies only when something changed, moves backedUpThrough on either way, and keeps the newest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'madoguchi-backup-'))
    const db = openDatabase(join(dir, 'live.sqlite'))
    migrate(db)
    let t = Date.parse('2026-12-02T09:00:00Z')
    const deps = {
      db,
      config: DEFAULT_CONFIG,
      log: createLogger({ level: 'error', write: () => undefined }),
      now: () => new Date(t),
    }
    const backups = startBackups(deps, { dir: join(dir, 'backups'), intervalMinutes: 0, keep: 2 })
    const copies = () => readdirSync(join(dir, 'backups'))
    const write = () =>
      db
        .prepare(
          "INSERT INTO audit_log (at, action, entity) VALUES ('2026-12-02T09:00:00Z', 'probe', 'test')",
        )
        .run()
    await backups.runNow()
    expect(copies()).toHaveLength(1)
    t += 60_000
    await backups.runNow()
    expect(copies()).toHaveLength(1) // nothing written since: the copy still holds everything
    expect(backupState(db).backedUpThrough).toBe(new Date(t - BACKUP_MARGIN_MS).toISOString())
    for (const _ of [1, 2]) {
      write()
      t += 60_000
      await backups.runNow()
    }
    expect(copies()).toEqual([backupName(new Date(t - 60_000)), backupName(new Date(t))])
    await backups.stop()
    db.close()
    rmSync(dir, { recursive: true, force: true })
  })
})
