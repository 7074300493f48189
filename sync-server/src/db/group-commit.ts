import type { Db } from './open'

/**
 * Group commit for the booking writes. Write transactions asked for in the same turn of the event
 * loop run one after another inside ONE `BEGIN IMMEDIATE … COMMIT`, each in its own savepoint
 * (better-sqlite3 nests a transaction function as a SAVEPOINT). A failing piece of work rolls back
 * to its savepoint and rejects alone; the others commit together.
 *
 * Why: on this stack a commit costs far more than the few statements of a booking (every page the
 * transaction touched is written to the WAL with its own system calls), so 50 concurrent bookings
 * committing one by one spend most of their time committing. Batched, they share the commit.
 * The capacity rule is unchanged: the batch holds the write lock from its first statement, its
 * pieces run strictly one after another, and each sees what the earlier ones wrote.
 */
export interface GroupCommit {
  run<T>(work: () => T): Promise<T>
}

interface Pending {
  work: () => unknown
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown }

/** Stop a batch early: SQLite ended the transaction itself (disk full, I/O error). */
class TransactionLost extends Error {}

export function createGroupCommit(db: Db, options: { maxBatch?: number } = {}): GroupCommit {
  const maxBatch = options.maxBatch ?? 64
  const queue: Pending[] = []
  let scheduled = false

  function flush() {
    scheduled = false
    const batch = queue.splice(0, maxBatch)
    if (queue.length > 0) schedule()
    const outcomes: Outcome[] = []
    try {
      db.transaction(() => {
        for (const item of batch) {
          try {
            outcomes.push({ ok: true, value: db.transaction(item.work)() })
          } catch (error) {
            if (!db.inTransaction)
              throw new TransactionLost('the batch transaction was rolled back', { cause: error })
            outcomes.push({ ok: false, error })
          }
        }
      }).immediate()
    } catch (error) {
      // Nothing of the batch was committed: every piece fails with the cause.
      const cause = error instanceof TransactionLost ? error.cause : error
      for (const item of batch) item.reject(cause)
      return
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
    run<T>(work: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject })
        if (!scheduled) schedule()
      })
    },
  }
}

const perDb = new WeakMap<Db, GroupCommit>()

/** Run `work` as a write transaction that commits together with the others of this turn. */
export function inGroupCommit<T>(db: Db, work: () => T): Promise<T> {
  let group = perDb.get(db)
  if (!group) {
    group = createGroupCommit(db)
    perDb.set(db, group)
  }
  return group.run(work)
}
