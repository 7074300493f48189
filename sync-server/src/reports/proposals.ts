import type { Proposal, ProposalInput, SaveProposalRequest } from '@madoguchi/shared'
import { audited } from '../audit/unit'
import type { Actor } from '../auth/session'
import { stmt } from '../db/statements'
import type { Deps } from '../deps'
import { AppError } from '../errors'

/** The improvement proposals register (改善提案) and the month's remarks (所見). */

const SELECT = `SELECT p.id, p.title, p.content, p.proposer, p.status, p.proposed_on, p.decided_on, p.done_on,
    p.effect, p.updated_at, p.version, s.display_name AS updated_by_name
  FROM improvement_proposals p LEFT JOIN staff s ON s.id = p.updated_by`

interface Row {
  id: string
  title: string
  content: string
  proposer: string
  status: ProposalInput['status']
  proposed_on: string
  decided_on: string | null
  done_on: string | null
  effect: string
  updated_at: string
  version: number
  updated_by_name: string | null
}

const toProposal = (r: Row): Proposal => ({
  id: r.id,
  title: r.title,
  content: r.content,
  proposer: r.proposer,
  status: r.status,
  proposedOn: r.proposed_on as Proposal['proposedOn'],
  decidedOn: r.decided_on as Proposal['decidedOn'],
  doneOn: r.done_on as Proposal['doneOn'],
  effect: r.effect,
  updatedAt: r.updated_at,
  updatedByName: r.updated_by_name,
  version: r.version,
})

/**
 * The register as a month's report shows it: every proposal made by the month's end, except those
 * closed (完了 / 見送り) before the month began — the city sees what is open and what moved.
 */
export function proposalsForMonth(deps: Pick<Deps, 'db'>, firstDay: string, lastDay: string): Proposal[] {
  return (
    stmt(
      deps.db,
      `${SELECT} WHERE p.proposed_on <= ? AND NOT (p.status IN ('done', 'declined')
         AND coalesce(p.done_on, p.decided_on, p.proposed_on) < ?)
       ORDER BY p.proposed_on, p.id`,
    ).all(lastDay, firstDay) as Row[]
  ).map(toProposal)
}

export function listProposals(deps: Pick<Deps, 'db'>): Proposal[] {
  return (stmt(deps.db, `${SELECT} ORDER BY p.proposed_on DESC, p.id`).all() as Row[]).map(toProposal)
}

/** Create (expectedVersion 0) or change a proposal; a stale version is refused, never overwritten. */
export function saveProposal(deps: Deps, actor: Actor, body: SaveProposalRequest): Proposal {
  const entry = {
    action: 'proposal.save',
    entity: 'proposal',
    entityId: body.id,
    detail: { status: body.status },
  }
  return audited(deps, actor, entry, () => {
    const now = deps.now().toISOString()
    const current = stmt(deps.db, 'SELECT version FROM improvement_proposals WHERE id = ?')
      .pluck()
      .get(body.id) as number | undefined
    if ((current ?? 0) !== body.expectedVersion) throw new AppError('version_conflict')
    const values = [
      body.title,
      body.content,
      body.proposer,
      body.status,
      body.proposedOn,
      body.decidedOn,
      body.doneOn,
      body.effect,
      now,
      actor.user.id,
    ]
    if (current === undefined) {
      stmt(
        deps.db,
        `INSERT INTO improvement_proposals (title, content, proposer, status, proposed_on, decided_on, done_on,
           effect, updated_at, updated_by, id, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
      ).run(...values, body.id, now)
    } else {
      stmt(
        deps.db,
        `UPDATE improvement_proposals SET title = ?, content = ?, proposer = ?, status = ?, proposed_on = ?,
           decided_on = ?, done_on = ?, effect = ?, updated_at = ?, updated_by = ?, version = version + 1
         WHERE id = ?`,
      ).run(...values, body.id)
    }
    return toProposal(stmt(deps.db, `${SELECT} WHERE p.id = ?`).get(body.id) as Row)
  })
}

export function remarksOf(deps: Pick<Deps, 'db'>, month: string) {
  const row = stmt(
    deps.db,
    `SELECT r.text, r.version, r.updated_at, s.display_name AS name FROM report_remarks r
     LEFT JOIN staff s ON s.id = r.updated_by WHERE r.month = ?`,
  ).get(month) as { text: string; version: number; updated_at: string; name: string | null } | undefined
  return row
    ? { text: row.text, version: row.version, updatedAt: row.updated_at, updatedByName: row.name }
    : { text: '', version: 0, updatedAt: null, updatedByName: null }
}

export function saveRemarks(deps: Deps, actor: Actor, month: string, text: string, expectedVersion: number) {
  return audited(deps, actor, { action: 'report.remarks', entity: 'report', entityId: month }, () => {
    const current = remarksOf(deps, month)
    if (current.version !== expectedVersion) throw new AppError('version_conflict')
    stmt(
      deps.db,
      `INSERT INTO report_remarks (month, text, version, updated_at, updated_by) VALUES (?, ?, 1, ?, ?)
       ON CONFLICT (month) DO UPDATE SET text = excluded.text, version = version + 1,
         updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    ).run(month, text, deps.now().toISOString(), actor.user.id)
    return remarksOf(deps, month)
  })
}
