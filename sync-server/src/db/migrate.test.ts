import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadMigrations, migrate } from './migrate'
import { type Db, openDatabase } from './open'

let dir: string
let db: Db
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'madoguchi-migrate-'))
  db = openDatabase(join(dir, 'db.sqlite'))
})
afterEach(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('migrate', () => {
  it('opens the file in WAL mode with foreign keys on', () => {
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
  })

  it('applies the numbered migrations in order, once', () => {
    const all = loadMigrations()
    expect(all.map((m) => m.version)).toEqual([...all.map((m) => m.version)].sort((a, b) => a - b))
    expect(migrate(db)).toEqual(all.map((m) => m.name))
    expect(migrate(db)).toEqual([])
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()
    expect(versions).toEqual(all.map((m) => m.version))
  })

  it('leaves the database at the last good version when a migration fails', () => {
    const migrations = join(dir, 'migrations')
    mkdirSync(migrations)
    writeFileSync(join(migrations, '0001_a.sql'), 'CREATE TABLE a (x INTEGER);')
    writeFileSync(
      join(migrations, '0002_b.sql'),
      'CREATE TABLE b (x INTEGER); INSERT INTO nowhere VALUES (1);',
    )
    expect(() => migrate(db, loadMigrations(migrations))).toThrow(/nowhere/)
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()
    expect(tables).toContain('a')
    expect(tables).not.toContain('b')
    expect(db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(1)
  })

  it('keeps the audit log append-only', () => {
    migrate(db)
    db.prepare("INSERT INTO audit_log (at, action, entity) VALUES ('2026-11-25T00:00:00Z', 'x', 'y')").run()
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/)
    expect(() => db.prepare("UPDATE audit_log SET action = 'z'").run()).toThrow(/append-only/)
  })
})
