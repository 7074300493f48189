/**
 * The audited unit of work: the one way a service reads or changes a person's data.
 *
 *   audited(deps, actor, { action: 'call.read', entity: 'call', entityId: id }, (unit) => {
 *     const call = findCall(deps.db, id) ?? fail()
 *     unit.carried(call.id)            // every record whose personal data leaves in the answer
 *     return call
 *   })
 *
 * It opens the transaction (BEGIN IMMEDIATE, so an audited read cannot fail with SQLITE_BUSY when its
 * audit row is written after another process wrote in between), runs `work`, then writes the audit
 * row in the same transaction with the ids the work reported: detail.ids lists them (compact, one row
 * per response). Nothing is answered without its row: if the row cannot be written, the work's result
 * is rolled back with it.
 *
 * - `entry` null: the work writes its rows itself with `unit.record()` (one per record created, an
 *   answer that needed none, a row whose action is only known inside).
 * - A refusal that carries personal data (a 409 version_conflict showing the record as it now
 *   stands) throws an AppError with `carried` set (see `refusal`): the transaction rolls back, the
 *   row is then written in its own transaction with `refused: <code>`, and only then does the error go
 *   out. A refusal that carries nothing (404, 422) leaves no row.
 * - `auditedInGroup` is the same unit run through group commit (db/group-commit.ts). It is for the
 *   booking writes that contend for the same slots (create, move, status, holds), where it is
 *   measured by bench:booking; everything else uses `audited`. Its work may run twice (group commit
 *   re-runs a batch whose piece failed after writing), which the unit's fresh state per run allows.
 */

import type { Actor } from '../auth/session'
import { groupCommitOf } from '../db/group-commit'
import type { Deps } from '../deps'
import { AppError } from '../errors'
import { type AuditDetail, type AuditEntry, recordAudit } from './audit'

/** Who acts: a signed-in staff member, or nobody (a failed sign-in). */
export type AuditActor = Actor | { user: { id: string; role: string } } | null

export interface Unit {
  /** Ids of the records whose personal data this unit sent out or changed: the row's detail.ids. */
  carried(ids: string | Iterable<string>): void
  /** Technical detail learned while working (a count, the kind of search): merged into the row. */
  note(detail: AuditDetail): void
  /** Another audit row in the same transaction; `at` for a time other than now (a device's time). */
  record(entry: AuditEntry, at?: Date): void
}

class UnitState implements Unit {
  readonly ids = new Set<string>()
  detail: AuditDetail = {}
  readonly rows: { entry: AuditEntry; at?: Date }[] = []
  carried(ids: string | Iterable<string>): void {
    for (const id of typeof ids === 'string' ? [ids] : ids) this.ids.add(id)
  }
  note(detail: AuditDetail): void {
    Object.assign(this.detail, detail)
  }
  record(entry: AuditEntry, at?: Date): void {
    this.rows.push(at ? { entry, at } : { entry })
  }
}

function rowOf(entry: AuditEntry, state: UnitState, extra?: AuditDetail): AuditEntry {
  const ids = [...state.ids]
  const detail = { ...entry.detail, ...state.detail, ...extra, ...(ids.length ? { ids } : {}) }
  return Object.keys(detail).length ? { ...entry, detail } : entry
}

function finish(deps: Deps, actor: AuditActor, entry: AuditEntry | null, state: UnitState): void {
  const now = deps.now()
  if (entry) recordAudit(deps.db, actor, rowOf(entry, state), now)
  for (const row of state.rows) recordAudit(deps.db, actor, row.entry, row.at ?? now)
}

/** The body of one run: a fresh state each time, so a re-run by group commit starts clean. */
function piece<T>(deps: Deps, actor: AuditActor, entry: AuditEntry | null, work: (unit: Unit) => T) {
  return () => {
    const state = new UnitState()
    const value = work(state)
    finish(deps, actor, entry, state)
    return value
  }
}

/** After a rollback: a refusal that showed personal data still leaves its row, then goes out. */
function auditRefusal(deps: Deps, actor: AuditActor, entry: AuditEntry | null, error: unknown): never {
  if (error instanceof AppError && error.carried?.length && entry) {
    const state = new UnitState()
    state.carried(error.carried)
    const row = rowOf(entry, state, { refused: error.code })
    deps.db.transaction(() => recordAudit(deps.db, actor, row, deps.now())).immediate()
  }
  throw error
}

/** Run `work` and its audit row(s) as one write transaction (BEGIN IMMEDIATE). */
export function audited<T>(
  deps: Deps,
  actor: AuditActor,
  entry: AuditEntry | null,
  work: (unit: Unit) => T,
): T {
  try {
    return deps.db.transaction(piece(deps, actor, entry, work)).immediate()
  } catch (error) {
    return auditRefusal(deps, actor, entry, error)
  }
}

/** The same unit through group commit: for the booking writes that bench:booking measures. */
export async function auditedInGroup<T>(
  deps: Deps,
  actor: AuditActor,
  entry: AuditEntry | null,
  work: (unit: Unit) => T,
): Promise<T> {
  try {
    return await groupCommitOf(deps.db).run(piece(deps, actor, entry, work))
  } catch (error) {
    return auditRefusal(deps, actor, entry, error)
  }
}

/** A refusal whose details show these records as they stand: it is audited before it is answered. */
export function refusal(error: AppError, carried: string[]): AppError {
  error.carried = carried
  return error
}
