import type { Statement } from 'better-sqlite3'
import type { Db } from './open'

const caches = new WeakMap<Db, Map<string, Statement>>()

/**
 * A prepared statement, compiled once per connection and reused. better-sqlite3 does not cache
 * `prepare()`, and compiling SQL on every request costs more than running it on the hot paths.
 */
export function stmt(db: Db, sql: string): Statement {
  let cache = caches.get(db)
  if (!cache) {
    cache = new Map()
    caches.set(db, cache)
  }
  let statement = cache.get(sql)
  if (!statement) {
    statement = db.prepare(sql)
    cache.set(sql, statement)
  }
  return statement
}
