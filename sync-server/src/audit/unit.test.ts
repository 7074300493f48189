import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migrate } from '../db/migrate'
import { type Db, openDatabase } from '../db/open'
import { DEFAULT_CONFIG, type Deps } from '../deps'
import { AppError } from '../errors'
import { createLogger } from '../http/logger'
import { listAudit } from './audit'
import { audited, auditedInGroup, refusal } from './unit'

let dir: string
let db: Db
let deps: Deps
const actor = { user: { id: 'staff-1', role: 'operator' } }

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'madoguchi-unit-'))
  db = openDatabase(join(dir, 'unit.sqlite'))
  migrate(db)
  deps = { db, config: DEFAULT_CONFIG, log: createLogger({ write: () => {} }), now: () => new Date() }
})
afterEach(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

const detailOf = (row: { detail: string | null } | undefined) => JSON.parse(row?.detail ?? '{}')

describe('audited', () => {
  it('writes one row with the ids the work carried, in the transaction of the work', () => {
    const value = audited(
      deps,
      actor,
      { action: 'thing.read', entity: 'thing', detail: { kind: 'x' } },
      (u) => {
        expect(db.inTransaction).toBe(true)
        u.carried(['a', 'b'])
        u.carried('a')
        u.note({ results: 2 })
        return 42
      },
    )
    expect(value).toBe(42)
    const [row] = listAudit(db)
    expect(row).toMatchObject({ action: 'thing.read', actor_id: 'staff-1', actor_role: 'operator' })
    expect(detailOf(row)).toEqual({ kind: 'x', results: 2, ids: ['a', 'b'] })
  })

  it('takes the write lock up front, so the audit row cannot meet SQLITE_BUSY after the read', () => {
    audited(deps, actor, { action: 'thing.read', entity: 'thing' }, () => {
      const other = openDatabase(join(dir, 'unit.sqlite'))
      other.pragma('busy_timeout = 0')
      expect(() => other.prepare('BEGIN IMMEDIATE').run()).toThrow(/locked|busy/i)
      other.close()
    })
  })

  it('keeps nothing when the work fails, and no row for a refusal that shows nothing', () => {
    expect(() =>
      audited(deps, actor, { action: 'thing.write', entity: 'thing' }, (u) => {
        u.carried('a')
        db.prepare("INSERT INTO audit_log (at, action, entity) VALUES ('x', 'inside', 'thing')").run()
        throw new AppError('not_found')
      }),
    ).toThrow(AppError)
    expect(listAudit(db)).toEqual([])
  })

  it('audits a refusal that shows a record as it stands, then throws it', () => {
    const error = refusal(new AppError('version_conflict', undefined, { current: {} }), ['b-1'])
    expect(() =>
      audited(deps, actor, { action: 'thing.move', entity: 'thing', entityId: 'b-1' }, () => {
        throw error
      }),
    ).toThrow(error)
    const [row] = listAudit(db)
    expect(row).toMatchObject({ action: 'thing.move', entity_id: 'b-1' })
    expect(detailOf(row)).toEqual({ refused: 'version_conflict', ids: ['b-1'] })
  })

  it('writes the rows the work records, at their own times', () => {
    const at = new Date('2026-11-25T01:00:00Z')
    audited(deps, null, null, (u) => {
      u.record({ action: 'one', entity: 'thing', entityId: '1' })
      u.record({ action: 'two', entity: 'thing', entityId: '2' }, at)
    })
    const rows = listAudit(db)
    expect(rows.map((r) => r.action)).toEqual(['two', 'one'])
    expect(rows[0]?.at).toBe(at.toISOString())
    expect(rows[0]?.actor_id).toBeNull()
  })
})

describe('auditedInGroup', () => {
  it('commits pieces of one turn together, each with its own row, and audits a refusal alone', async () => {
    const conflict = () => refusal(new AppError('version_conflict'), ['c'])
    const outcomes = await Promise.allSettled([
      auditedInGroup(deps, actor, { action: 'g', entity: 'thing', entityId: 'a' }, (u) => u.carried('a')),
      auditedInGroup(deps, actor, { action: 'g', entity: 'thing', entityId: 'c' }, () => {
        throw conflict()
      }),
      auditedInGroup(deps, actor, { action: 'g', entity: 'thing', entityId: 'b' }, (u) => u.carried('b')),
    ])
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    const rows = listAudit(db).reverse()
    expect(rows.map((r) => [r.entity_id, detailOf(r)])).toEqual([
      ['a', { ids: ['a'] }],
      ['b', { ids: ['b'] }],
      ['c', { refused: 'version_conflict', ids: ['c'] }],
    ])
  })

  it('starts a re-run piece clean: rows are not doubled when the batch is re-run', async () => {
    const results = await Promise.allSettled([
      auditedInGroup(deps, actor, { action: 'g', entity: 'thing', entityId: 'a' }, (u) => u.carried('a')),
      auditedInGroup(deps, actor, { action: 'poison', entity: 'thing' }, () => {
        db.prepare("INSERT INTO audit_log (at, action, entity) VALUES ('x', 'half', 'thing')").run()
        throw new Error('after writing')
      }),
    ])
    expect(results.map((o) => o.status)).toEqual(['fulfilled', 'rejected'])
    const rows = listAudit(db)
    expect(rows.map((r) => r.action)).toEqual(['g'])
    expect(detailOf(rows[0])).toEqual({ ids: ['a'] })
  })
})
