import {
  type EditFaqRequest,
  type FaqContent,
  type FaqDetail,
  type FaqStep,
  type FaqStepRequest,
  type FaqSummary,
  faqStateAfter,
  faqStepRefusal,
  newId,
} from '@madoguchi/shared'
import { audited } from '../audit/unit'
import type { Actor } from '../auth/session'
import { stmt } from '../db/statements'
import type { Deps } from '../deps'
import { AppError } from '../errors'
import { nextSeq } from '../sync/reference-queries'
import { analyse, analyser } from './analyser'
import {
  addEvent,
  addVersion,
  analysedText,
  authorOf,
  contentOf,
  type EntryRow,
  findEntry,
  indexEntry,
  unindexEntry,
  usedCount,
} from './queries'

/**
 * Writing, reviewing and publishing FAQ entries. Every edit is a new version; publishing needs a
 * supervisor or city user other than the author of the version under review (shared lifecycle.ts);
 * the published version is what search and the tablets see, so publishing and retiring re-index the
 * entry and raise the reference cursor in the same transaction.
 */

function summaryOf(deps: Deps, row: EntryRow): FaqSummary {
  const shown = contentOf(deps.db, row.id, row.version)
  return {
    id: row.id,
    number: row.number,
    state: row.state,
    version: row.version,
    publishedVersion: row.published_version,
    question: shown.question,
    category: shown.category,
    audience: shown.audience,
    updatedAt: row.updated_at,
    usedCount: usedCount(deps.db, row.id),
  }
}

function entryOrFail(deps: Deps, id: string): EntryRow {
  const row = findEntry(deps.db, id)
  if (!row) throw new AppError('not_found')
  return row
}

function expectVersion(row: EntryRow, expected: number): void {
  if (row.version !== expected) throw new AppError('version_conflict', undefined, { version: row.version })
}

export function createEntry(deps: Deps, actor: Actor, content: FaqContent): FaqDetail {
  const at = deps.now().toISOString()
  const id = newId()
  audited(deps, actor, { action: 'faq.create', entity: 'faq', entityId: id }, () => {
    const number = stmt(deps.db, 'SELECT coalesce(max(number), 0) + 1 FROM faq_entries')
      .pluck()
      .get() as number
    stmt(
      deps.db,
      `INSERT INTO faq_entries (id, number, state, version, published_version, created_at, updated_at)
       VALUES (?, ?, 'draft', 1, NULL, ?, ?)`,
    ).run(id, number, at, at)
    addVersion(deps.db, id, 1, content, actor.user.id, at)
    addEvent(deps.db, id, at, actor.user.id, 'created', 1)
  })
  return readEntry(deps, id)
}

/** A new version. An entry in review goes back to draft (the reviewer must see what is published). */
export function editEntry(deps: Deps, actor: Actor, id: string, request: EditFaqRequest): FaqDetail {
  const at = deps.now().toISOString()
  audited(deps, actor, { action: 'faq.edit', entity: 'faq', entityId: id }, () => {
    const row = entryOrFail(deps, id)
    expectVersion(row, request.expectedVersion)
    const version = row.version + 1
    addVersion(deps.db, id, version, request.content, actor.user.id, at)
    stmt(deps.db, "UPDATE faq_entries SET version = ?, state = 'draft', updated_at = ? WHERE id = ?").run(
      version,
      at,
      id,
    )
    addEvent(deps.db, id, at, actor.user.id, 'edited', version)
  })
  return readEntry(deps, id)
}

/** submit, return, publish or retire: the shared lifecycle decides whether it may be taken. */
export async function stepEntry(
  deps: Deps,
  actor: Actor,
  id: string,
  step: Exclude<FaqStep, 'edit'>,
  request: FaqStepRequest,
): Promise<FaqDetail> {
  const tokenizer = step === 'publish' ? await analyser() : null
  const at = deps.now().toISOString()
  audited(deps, actor, { action: `faq.${step}`, entity: 'faq', entityId: id }, () => {
    const row = entryOrFail(deps, id)
    expectVersion(row, request.expectedVersion)
    const refusal = faqStepRefusal(step, {
      state: row.state,
      authorId: authorOf(deps.db, id, row.version),
      actorId: actor.user.id,
    })
    if (refusal) throw new AppError(refusal, undefined, { state: row.state })
    const state = faqStateAfter(step)
    let published = row.published_version
    if (step === 'publish' && tokenizer) {
      const content = contentOf(deps.db, id, row.version)
      indexEntry(deps.db, id, content, analyse(tokenizer, analysedText(content)))
      published = row.version
    }
    if (step === 'retire') {
      unindexEntry(deps.db, id)
      published = null
    }
    // Tablets hold published entries only: publishing sends the entry, retiring a published one a deletion.
    const tabletsSee = step === 'publish' || (step === 'retire' && row.published_version !== null)
    const seq = tabletsSee ? nextSeq(deps.db) : row.change_seq
    if (step === 'publish')
      stmt(deps.db, "DELETE FROM reference_tombstones WHERE kind = 'faq' AND key = ?").run(id)
    else if (tabletsSee)
      stmt(
        deps.db,
        `INSERT INTO reference_tombstones (kind, key, change_seq) VALUES ('faq', ?, ?)
         ON CONFLICT (kind, key) DO UPDATE SET change_seq = excluded.change_seq`,
      ).run(id, seq)
    stmt(
      deps.db,
      'UPDATE faq_entries SET state = ?, published_version = ?, updated_at = ?, change_seq = ? WHERE id = ?',
    ).run(state, published, at, seq, id)
    const kind = { submit: 'submitted', return: 'returned', publish: 'published', retire: 'retired' }[step]
    addEvent(deps.db, id, at, actor.user.id, kind, row.version, request.reason)
  })
  return readEntry(deps, id)
}

export function readEntry(deps: Deps, id: string): FaqDetail {
  const row = entryOrFail(deps, id)
  const content = contentOf(deps.db, id, row.version)
  const published =
    row.published_version !== null && row.published_version !== row.version
      ? contentOf(deps.db, id, row.published_version)
      : null
  const authorId = authorOf(deps.db, id, row.version)
  const events = (
    stmt(
      deps.db,
      `SELECT e.at, s.display_name AS actorName, e.kind, e.version, e.reason
       FROM faq_events e LEFT JOIN staff s ON s.id = e.actor_id WHERE e.entry_id = ? ORDER BY e.id`,
    ).all(id) as FaqDetail['events']
  ).map((e) => ({ ...e }))
  const authorName =
    authorId === null
      ? null
      : ((stmt(deps.db, 'SELECT display_name FROM staff WHERE id = ?').pluck().get(authorId) as
          | string
          | undefined) ?? null)
  return { entry: summaryOf(deps, row), content, published, authorId, authorName, events }
}

/** Editors see every state; operators only what is published (in its published version). */
export function listEntries(deps: Deps, editor: boolean, state?: string): FaqSummary[] {
  const rows = stmt(deps.db, 'SELECT * FROM faq_entries WHERE (? IS NULL OR state = ?) ORDER BY number').all(
    state ?? null,
    state ?? null,
  ) as EntryRow[]
  return rows
    .filter((r) => editor || r.published_version !== null)
    .map((r) => {
      const summary = summaryOf(deps, r)
      if (editor || r.published_version === r.version) return summary
      const shown = contentOf(deps.db, r.id, r.published_version as number)
      return { ...summary, question: shown.question, category: shown.category, audience: shown.audience }
    })
}
