import type { Db } from '../db/open'
import { stmt } from '../db/statements'

export function currentSeq(db: Db): number {
  return stmt(db, 'SELECT seq FROM reference_cursor WHERE id = 1').pluck().get() as number
}

/** Raise the change counter and return the new value; call inside the change's transaction. */
export function nextSeq(db: Db): number {
  stmt(db, 'UPDATE reference_cursor SET seq = seq + 1 WHERE id = 1').run()
  return currentSeq(db)
}

/** Upsert one row of a keyed reference table; returns whether anything changed. */
export function putReference(db: Db, table: 'sites' | 'categories', key: string, data: unknown): boolean {
  const column = table === 'sites' ? 'id' : 'code'
  const json = JSON.stringify(data)
  const old = stmt(db, `SELECT data FROM ${table} WHERE ${column} = ?`).pluck().get(key)
  if (old === json) return false
  stmt(
    db,
    `INSERT INTO ${table} (${column}, data, change_seq) VALUES (?, ?, ?)
     ON CONFLICT (${column}) DO UPDATE SET data = excluded.data, change_seq = excluded.change_seq`,
  ).run(key, json, nextSeq(db))
  return true
}

/** Templates are versioned: a version, once stored, is never rewritten. */
export function putTemplate(db: Db, id: string, version: number, data: unknown): boolean {
  const result = stmt(
    db,
    'INSERT INTO checklist_templates (id, version, data, change_seq) VALUES (?, ?, ?, 0) ON CONFLICT DO NOTHING',
  ).run(id, version, JSON.stringify(data))
  if (result.changes === 0) return false
  stmt(db, 'UPDATE checklist_templates SET change_seq = ? WHERE id = ? AND version = ?').run(
    nextSeq(db),
    id,
    version,
  )
  return true
}

export function allData(db: Db, table: 'sites' | 'categories' | 'checklist_templates'): unknown[] {
  const order = table === 'checklist_templates' ? 'id, version' : 'rowid'
  return (stmt(db, `SELECT data FROM ${table} ORDER BY ${order}`).pluck().all() as string[]).map((d) =>
    JSON.parse(d),
  )
}

const KIND_OF = { sites: 'sites', categories: 'categories', checklist_templates: 'templates' } as const

/** A keyed reference table's rows changed since a version, its deletions since, and its version. */
export function keyedSince(
  db: Db,
  table: 'sites' | 'categories' | 'checklist_templates',
  since: number,
): { version: number; items: unknown[]; deleted: string[] } {
  const kind = KIND_OF[table]
  const items = (
    stmt(db, `SELECT data FROM ${table} WHERE change_seq > ? ORDER BY change_seq`)
      .pluck()
      .all(since) as string[]
  ).map((d) => JSON.parse(d))
  const deleted = stmt(db, 'SELECT key FROM reference_tombstones WHERE kind = ? AND change_seq > ?')
    .pluck()
    .all(kind, since) as string[]
  const version = stmt(
    db,
    `SELECT max(coalesce((SELECT max(change_seq) FROM ${table}), 0),
                coalesce((SELECT max(change_seq) FROM reference_tombstones WHERE kind = ?), 0))`,
  )
    .pluck()
    .get(kind) as number
  return { version: Math.max(version, since), items, deleted }
}
