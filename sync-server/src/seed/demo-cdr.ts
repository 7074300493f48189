import type { Db } from '../db/open'

/**
 * The telephone service's call details for the demo calls, so a new user sees a report with an
 * answer rate: every call the seed logged from the lines, except about one in 256 (to show a logged
 * call missing from the file), plus, after about one call in 16, an unanswered call nobody logged.
 * Derived from the seeded calls' ids (deterministic, no Math.random). No caller numbers: CDR rows
 * never hold one.
 */
export function seedDemoCdr(db: Db, now: Date): number {
  return db.transaction(() => {
    const importId = db
      .prepare(
        `INSERT INTO cdr_imports (provider, file_name, sha256, rows, added, imported_at)
         VALUES ('demo-pbx', 'demo.csv', '', 0, 0, ?)`,
      )
      .run(now.toISOString()).lastInsertRowid
    const logged = db
      .prepare(
        `INSERT INTO cdr_calls (provider, line, started_at, answered_at, ended_at, import_id)
         SELECT 'demo-pbx', line, ringing_at, answered_at, ended_at, ? FROM calls
         WHERE source = 'cti' AND ringing_at IS NOT NULL AND line IS NOT NULL AND ended_at IS NOT NULL
           AND substr(id, -2) != '00'`,
      )
      .run(importId).changes
    // 3 minutes after the call began, ringing 25 s: strftime keeps the stored ISO form (…000Z).
    const missed = db
      .prepare(
        `INSERT OR IGNORE INTO cdr_calls (provider, line, started_at, answered_at, ended_at, import_id)
         SELECT 'demo-pbx', line, strftime('%Y-%m-%dT%H:%M:%fZ', ringing_at, '+180 seconds'), NULL,
           strftime('%Y-%m-%dT%H:%M:%fZ', ringing_at, '+205 seconds'), ? FROM calls
         WHERE source = 'cti' AND ringing_at IS NOT NULL AND line IS NOT NULL AND substr(id, -1) = '7'`,
      )
      .run(importId).changes
    db.prepare('UPDATE cdr_imports SET rows = ?, added = ? WHERE id = ?').run(
      logged + missed,
      logged + missed,
      importId,
    )
    return logged + missed
  })()
}
