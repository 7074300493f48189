import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createGroupCommit } from './group-commit'
import { type Db, openDatabase } from './open'

let dir: string
let db: Db
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'madoguchi-group-'))
  db = openDatabase(join(dir, 'g.sqlite'))
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)')
})
afterEach(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

const count = () => db.prepare('SELECT count(*) FROM t').pluck().get()

describe('group commit', () => {
  it('commits the work of one turn together; a failing piece rolls back alone', async () => {
    const group = createGroupCommit(db)
    const insert = (v: string) => () => db.prepare('INSERT INTO t (v) VALUES (?)').run(v).lastInsertRowid
    const results = await Promise.allSettled([
      group.run(insert('a')),
      group.run(() => {
        db.prepare('INSERT INTO t (v) VALUES (?)').run('doomed')
        throw new Error('refused')
      }),
      group.run(insert('b')),
      group.run(() => count()),
    ])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled'])
    // The last piece saw the two inserts before it, not the rolled-back one.
    expect((results[3] as PromiseFulfilledResult<number>).value).toBe(2)
    expect(db.prepare('SELECT v FROM t ORDER BY id').pluck().all()).toEqual(['a', 'b'])
    expect(db.inTransaction).toBe(false)
  })

  it('keeps the batch when a piece fails before writing, and runs each piece once', async () => {
    const group = createGroupCommit(db)
    let runs = 0
    const results = await Promise.allSettled([
      group.run(() => {
        runs++
        return db.prepare('INSERT INTO t (v) VALUES (?)').run('a').changes
      }),
      group.run(() => {
        throw new Error('slot full')
      }),
    ])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected'])
    expect(runs).toBe(1)
    expect(count()).toBe(1)
  })

  it('runs work queued during a flush in the next batch', async () => {
    const group = createGroupCommit(db, { maxBatch: 2 })
    const all = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        group.run(() => db.prepare('INSERT INTO t (v) VALUES (?)').run(`${i}`)),
      ),
    )
    expect(all).toHaveLength(5)
    expect(count()).toBe(5)
  })
})
