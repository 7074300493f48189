import type { Db } from './open'
import { stmt } from './statements'

/**
 * Group commit for the booking writes. Write transactions asked for in the same turn of the event
 * loop run one after another inside ONE `BEGIN IMMEDIATE … COMMIT`.
 *
 * Why: on this stack a commit costs far more than the few statements of a booking (every page the
 * transaction touched goes to the WAL with its own system calls: about 18 pages for a booking
 * committed alone, about 2 per booking in a batch of 50). Batched, the bookings share the commit.
 * The capacity rule is unchanged: the batch holds the write lock from its first statement, its
 * pieces run strictly one after another, and each sees what the earlier ones wrote.
 *
 * A piece that fails must not take the others down, and must leave no trace. Savepoints would do
 * it but cost more than the commit they save (SQLite copies each page into a sub-journal first), so
 * instead: a piece that throws before changing anything (the usual case: slot full, stale version)
 * simply fails alone. A piece that throws after changing rows poisons the batch: it is rolled back
 * and every piece runs again in a transaction of its own. Pieces must therefore be safe to re-run:
 * functions of the database state and their captured input, with no effect outside the database.
 */
export interface GroupCommit {
  run<T>(work: () => T): Promise<T>
  /** Batches committed and pieces run, for the bench: pieces / batches is the average batch. */
  readonly stats: { batches: number; pieces: number }
}

interface Pending {
  work: () => unknown
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown }

const totalChanges = (db: Db) => stmt(db, 'SELECT total_changes()').pluck().get() as number

function attempt(work: () => unknown): Outcome {
  try {
    return { ok: true, value: work() }
  } catch (error) {
    return { ok: false, error }
  }
}

export function createGroupCommit(db: Db, options: { maxBatch?: number } = {}): GroupCommit {
  const maxBatch = options.maxBatch ?? 64
  const queue: Pending[] = []
  let scheduled = false
  const stats = { batches: 0, pieces: 0 }

  /** The batch in one transaction; throws (and nothing is kept) if a piece failed after writing. */
  function together(batch: Pending[]): Outcome[] {
    const outcomes: Outcome[] = []
    db.transaction(() => {
      for (const item of batch) {
        const before = totalChanges(db)
        const outcome = attempt(item.work)
        // Rows changed by a piece that then failed: roll the whole batch back.
        if (!outcome.ok && totalChanges(db) !== before) throw outcome.error
        outcomes.push(outcome)
      }
    }).immediate()
    return outcomes
  }

  function flush() {
    scheduled = false
    const batch = queue.splice(0, maxBatch)
    if (queue.length > 0) schedule()
    stats.batches += 1
    stats.pieces += batch.length
    let outcomes: Outcome[]
    try {
      outcomes = together(batch)
    } catch {
      // A piece failed after writing, or the transaction itself failed (disk full, I/O error):
      // each piece runs again in a transaction of its own and gets its own answer.
      outcomes = batch.map((item) => attempt(() => db.transaction(item.work).immediate()))
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i] as Outcome
      if (outcome.ok) item.resolve(outcome.value)
      else item.reject(outcome.error)
    })
  }

  function schedule() {
    scheduled = true
    // After the poll phase: every request read in this turn joins the batch.
    setImmediate(flush)
  }

  return {
    stats,
    run<T>(work: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject })
        if (!scheduled) schedule()
      })
    },
  }
}

const perDb = new WeakMap<Db, GroupCommit>()

export function groupCommitOf(db: Db): GroupCommit {
  let group = perDb.get(db)
  if (!group) {
    group = createGroupCommit(db)
    perDb.set(db, group)
  }
  return group
}

/** Run `work` as a write transaction that commits together with the others of this turn. */
export function inGroupCommit<T>(db: Db, work: () => T): Promise<T> {
  return groupCommitOf(db).run(work)
}
