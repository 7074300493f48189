import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checksumOf, KNOWN_GAPS, loadMigrations, MigrationError, migrate, migrationProblems } from './migrate'
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

describe('migrations that cannot collide', () => {
  const folder = (files: Record<string, string>) => {
    const path = join(dir, `m${Math.random().toString(36).slice(2)}`)
    mkdirSync(path)
    for (const [name, sql] of Object.entries(files)) writeFileSync(join(path, name), sql)
    return loadMigrations(path)
  }
  const noGaps = new Set<number>()

  it('runs the real migrations, whose one gap (0006) is known', () => {
    expect(loadMigrations().some((m) => m.version === 6)).toBe(false)
    expect(KNOWN_GAPS.has(6)).toBe(true)
    expect(migrationProblems(loadMigrations(), [])).toEqual([])
  })

  it('refuses two migrations with the same number, applying neither', () => {
    const files = folder({
      '0001_a.sql': 'CREATE TABLE a (x);',
      '0002_b.sql': 'CREATE TABLE b (x);',
      '0002_c.sql': 'CREATE TABLE c (x);',
    })
    expect(() => migrate(db, files, noGaps)).toThrow(
      /0002_b\.sql and 0002_c\.sql share the number 0002: give the newer one the next free number/,
    )
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'a'").pluck().get()).toBe(0)
  })

  it('refuses a gap in the numbers that is not a known one', () => {
    const files = folder({ '0001_a.sql': 'CREATE TABLE a (x);', '0003_c.sql': 'CREATE TABLE c (x);' })
    expect(() => migrate(db, files, noGaps)).toThrow(/there is no migration 0002 below 0003/)
    expect(migrate(db, files, new Set([2]))).toEqual(['0001_a.sql', '0003_c.sql'])
  })

  it('refuses to start when an applied migration was edited afterwards', () => {
    migrate(db, folder({ '0001_a.sql': 'CREATE TABLE a (x);' }), noGaps)
    const edited = folder({ '0001_a.sql': 'CREATE TABLE a (x, y);' })
    expect(() => migrate(db, edited, noGaps)).toThrow(
      /0001_a\.sql was changed after this database applied it: never edit an applied migration/,
    )
    // Line endings alone are not an edit.
    expect(checksumOf('CREATE TABLE a (x);\r\nCREATE TABLE b (x);\r\n')).toBe(
      checksumOf('CREATE TABLE a (x);\nCREATE TABLE b (x);\n'),
    )
  })

  it('refuses a different migration under a number this database already applied', () => {
    migrate(db, folder({ '0001_a.sql': 'CREATE TABLE a (x);', '0002_b.sql': 'CREATE TABLE b (x);' }), noGaps)
    const other = folder({ '0001_a.sql': 'CREATE TABLE a (x);', '0002_other.sql': 'CREATE TABLE o (x);' })
    expect(() => migrate(db, other, noGaps)).toThrow(
      /applied 0002_b\.sql as 0002, but the code has 0002_other\.sql there/,
    )
  })

  it('refuses a new migration numbered below one already applied', () => {
    migrate(
      db,
      folder({ '0001_a.sql': 'CREATE TABLE a (x);', '0003_c.sql': 'CREATE TABLE c (x);' }),
      new Set([2]),
    )
    const late = folder({
      '0001_a.sql': 'CREATE TABLE a (x);',
      '0002_b.sql': 'CREATE TABLE b (x);',
      '0003_c.sql': 'CREATE TABLE c (x);',
    })
    expect(() => migrate(db, late, noGaps)).toThrow(/0002_b\.sql is new but this database already has 0003/)
  })

  it('records the checksums of a database made before they were kept, then guards them', () => {
    db.exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
      CREATE TABLE a (x);
      INSERT INTO schema_migrations VALUES (1, '0001_a.sql', '2026-11-01T00:00:00Z');`)
    const files = folder({ '0001_a.sql': 'CREATE TABLE a (x);', '0002_b.sql': 'CREATE TABLE b (x);' })
    expect(migrate(db, files, noGaps)).toEqual(['0002_b.sql'])
    const sums = db.prepare('SELECT checksum FROM schema_migrations ORDER BY version').pluck().all()
    expect(sums).toEqual([checksumOf('CREATE TABLE a (x);'), checksumOf('CREATE TABLE b (x);')])
    expect(() =>
      migrate(db, folder({ '0001_a.sql': 'DROP TABLE a;', '0002_b.sql': 'CREATE TABLE b (x);' }), noGaps),
    ).toThrow(MigrationError)
  })
})
