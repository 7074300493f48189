import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupDatabase } from './backup'
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
