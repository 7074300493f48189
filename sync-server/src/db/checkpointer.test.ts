import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Checkpointer, startCheckpointer } from './checkpointer'
import { type Db, openDatabase } from './open'

let dir: string
let db: Db
let checkpointer: Checkpointer | undefined
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'madoguchi-checkpoint-'))
  db = openDatabase(join(dir, 'db.sqlite'))
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)')
})
afterEach(async () => {
  await checkpointer?.stop()
  checkpointer = undefined
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

const insert = (n: number) => {
  const statement = db.prepare('INSERT INTO t (v) VALUES (?)')
  for (let i = 0; i < n; i++) statement.run('x'.repeat(2000))
}

describe('checkpointer', () => {
  it('copies the WAL into the database file from its own thread while the server connection writes', async () => {
    checkpointer = startCheckpointer(db, { busyMs: 5, idleMs: 20, backstopPages: 100_000 })
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(100_000)
    insert(500)
    // Read at once: with every commit synced (synchronous = FULL) the inserts are slower, and once the
    // thread has copied everything and the WAL is quiet it truncates the file (as it should).
    const walBefore = statSync(join(dir, 'db.sqlite-wal')).size
    // The server's connection no longer checkpoints at 1,000 pages (the WAL holds 500 commits), yet
    // every frame reaches the database file: the thread did it.
    await expect
      .poll(async () => {
        const r = await checkpointer?.report()
        return r && r.log > 0 && r.checkpointed === r.log
      })
      .toBe(true)
    // Everything copied, so a next write starts the WAL again from its beginning: one made while the
    // thread is between rounds (a write while its round still reads the WAL appends instead, which a
    // loaded machine showed once: log 1004), so each try writes again.
    await expect
      .poll(() => {
        insert(1)
        const [row] = db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[]
        return row?.log ?? Number.POSITIVE_INFINITY
      })
      .toBeLessThan(10)
    expect(walBefore).toBeGreaterThan(500 * 4096)
  })

  it('hands checkpointing back to the server connection when stopped', async () => {
    checkpointer = startCheckpointer(db, { backstopPages: 5000 })
    // Questions asked together are each answered.
    const [a, b] = await Promise.all([checkpointer.report(), checkpointer.report()])
    expect(a).toMatchObject({ rounds: expect.any(Number) })
    expect(b).toMatchObject({ rounds: expect.any(Number) })
    await checkpointer.stop()
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000)
    expect(await checkpointer.report()).toBeUndefined()
  })

  it('hands checkpointing back to the server connection when the thread fails', async () => {
    // The thread cannot open a file that is gone (the server's connection still holds it open).
    rmSync(join(dir, 'db.sqlite'))
    const failed = new Promise<unknown>((resolve) => {
      checkpointer = startCheckpointer(db, { backstopPages: 5000 }, resolve)
    })
    const error = (await failed) as { message?: string; code?: string }
    expect(`${error.code} ${error.message}`).toMatch(/unable to open|no such file|CANTOPEN/i)
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000)
    expect(await checkpointer?.report()).toBeUndefined()
  })

  it('refuses an in-memory database, which has no WAL', () => {
    const memory = openDatabase(':memory:')
    expect(() => startCheckpointer(memory)).toThrow(/in-memory/)
    memory.close()
  })
})
