import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from './open'

// Does secure_delete also cover an UPDATE? It does: SQLite's b-tree frees the old cell of an
// updated row like a deleted one, and with secure_delete on every freed range is zeroed. What is
// left is the WAL: its old frames keep earlier page images until the WAL is truncated, which the
// checkpointer does when the file is quiet (checkpoint-worker.mjs). docs/privacy.md has the finding.

const OLD = 'old-memo-value-that-must-vanish'
const NEW = 'new-memo-value-kept-after-edit!' // same length: SQLite may overwrite in place
const LONGER = `${NEW} and longer, so the row moves within its page`

let dir = ''
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

function bytesOf(file: string): Buffer {
  const parts = [file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f))
  return Buffer.concat(parts)
}

function editedFile(secureDelete: boolean, replacement: string): Buffer {
  dir = mkdtempSync(join(tmpdir(), 'madoguchi-secure-'))
  const file = join(dir, 'db.sqlite')
  const db = openDatabase(file)
  if (!secureDelete) db.pragma('secure_delete = OFF')
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)')
  const insert = db.prepare('INSERT INTO notes (body) VALUES (?)')
  // Rows after it, so its old cell is left in the middle of the page and not reused by the new one.
  insert.run(OLD)
  for (let i = 0; i < 20; i++) insert.run(`filler ${i}`)
  db.pragma('wal_checkpoint(TRUNCATE)')
  expect(bytesOf(file).includes(OLD)).toBe(true) // the check can see it before the edit
  db.prepare('UPDATE notes SET body = ? WHERE body = ?').run(replacement, OLD)
  db.pragma('wal_checkpoint(TRUNCATE)')
  const bytes = bytesOf(file)
  db.close()
  return bytes
}

describe('an updated value in the SQLite file and its WAL', () => {
  it('leaves no old bytes with secure_delete on (as openDatabase sets it), same length or not', () => {
    expect(editedFile(true, LONGER).includes(OLD)).toBe(false)
    expect(editedFile(true, NEW).includes(OLD)).toBe(false)
  })

  it('is left readable with secure_delete off: why the server keeps it on', () => {
    const bytes = editedFile(false, LONGER)
    expect(bytes.includes(LONGER)).toBe(true)
    expect(bytes.includes(OLD)).toBe(true)
  })

  it('openDatabase turns secure_delete on', () => {
    dir = mkdtempSync(join(tmpdir(), 'madoguchi-secure-'))
    const db = openDatabase(join(dir, 'db.sqlite'))
    expect(db.pragma('secure_delete', { simple: true })).toBe(1)
    db.close()
  })

  it('keeps old page images in the WAL until it is truncated', () => {
    dir = mkdtempSync(join(tmpdir(), 'madoguchi-secure-'))
    const file = join(dir, 'db.sqlite')
    const db = openDatabase(file)
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)')
    db.prepare('INSERT INTO notes (body) VALUES (?)').run(OLD)
    db.prepare('UPDATE notes SET body = ?').run(LONGER)
    db.pragma('wal_checkpoint(PASSIVE)') // copied into the file, but the WAL file is kept
    expect(readFileSync(`${file}-wal`).includes(OLD)).toBe(true)
    expect(readFileSync(file).includes(OLD)).toBe(false)
    db.pragma('wal_checkpoint(TRUNCATE)')
    expect(bytesOf(file).includes(OLD)).toBe(false)
    db.close()
  })
})
