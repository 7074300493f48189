import Database from 'better-sqlite3'

export type Db = Database.Database

/**
 * Open the one SQLite file. WAL lets the desk read while a sync batch writes; a busy timeout makes
 * concurrent writers queue instead of failing; NORMAL sync is durable across a process crash in WAL.
 */
export function openDatabase(path: string): Db {
  const db = new Database(path)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  return db
}

/**
 * Run `work` in a write transaction taken up front (BEGIN IMMEDIATE), so a read-check-write inside
 * it cannot race another connection: the capacity check and the insert see the same state.
 */
export function inWriteTransaction<T>(db: Db, work: () => T): T {
  return db.transaction(work).immediate()
}
