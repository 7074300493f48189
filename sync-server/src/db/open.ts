import Database from 'better-sqlite3'

export type Db = Database.Database

/**
 * Open the one SQLite file. WAL lets the desk read while a sync batch writes; a busy timeout makes
 * concurrent writers queue instead of failing. FULL sync: every commit reaches the disk before it
 * returns. NORMAL (durable across a process crash, not a power cut) let a power cut right after an
 * answer roll back a sync push the tablet then purged, or a booking the caller was read back; every
 * write here is one a person was told is saved, so all commits are FULL (bench:sync, bench:booking).
 * secure_delete is on for every write: SQLite then zeroes the space a deleted row, or the old form
 * of an updated row, leaves in its page, and zeroes freed pages, so an old memo or photo is not
 * left readable in the file (db/secure-delete.test.ts shows both, and docs/privacy.md explains).
 */
export function openDatabase(path: string): Db {
  const db = new Database(path)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  db.pragma('secure_delete = ON')
  // A statement that fires triggers runs with a statement journal; in a temp file (the default) that
  // cost about 0.3 ms per call written once the report's triggers were added (migration 0018,
  // docs/benchmarks.md). In memory it costs nothing measurable, and no temp file holds row data.
  db.pragma('temp_store = MEMORY')
  return db
}

/**
 * Run `work` in a write transaction taken up front (BEGIN IMMEDIATE), so a read-check-write inside
 * it cannot race another connection: the capacity check and the insert see the same state.
 */
export function inWriteTransaction<T>(db: Db, work: () => T): T {
  return db.transaction(work).immediate()
}
