import { classifyChanges, type FaqContent, type FaqMonthSection, type PublishEvent } from '@madoguchi/shared'
import type { Db } from '../db/open'
import { stmt } from '../db/statements'

/**
 * 9. FAQの更新 of the monthly report, from the FAQ's own history and the call log's links: a section
 * of its own, read apart from the call figures, so the report's computation can change around it.
 * `from` and `to` bound the month (epoch ms, `to` excluded).
 */
export function faqSection(db: Db, from: number, to: number): FaqMonthSection {
  const start = new Date(from).toISOString()
  const end = new Date(to).toISOString()
  const question = (id: string, version: number) => {
    const data = stmt(db, 'SELECT data FROM faq_versions WHERE entry_id = ? AND version = ?')
      .pluck()
      .get(id, version) as string | undefined
    return data ? (JSON.parse(data) as FaqContent).question : ''
  }
  const numberOf = stmt(db, 'SELECT number FROM faq_entries WHERE id = ?').pluck()

  const events = stmt(
    db,
    `SELECT entry_id AS entryId, kind, at, version FROM faq_events
     WHERE kind IN ('published', 'retired') AND at >= ? AND at < ? ORDER BY at, id`,
  ).all(start, end) as PublishEvent[]
  // Each entry's standing when the month began: published (which version) or not.
  const standing = stmt(
    db,
    `SELECT entry_id AS id, kind, version FROM faq_events e
     WHERE kind IN ('published', 'retired') AND at < ? AND id = (
       SELECT max(id) FROM faq_events f WHERE f.entry_id = e.entry_id AND f.kind IN ('published', 'retired') AND f.at < ?)`,
  )
  const before = (edge: string) =>
    new Map(
      (standing.all(edge, edge) as { id: string; kind: string; version: number }[])
        .filter((r) => r.kind === 'published')
        .map((r) => [r.id, r.version]),
    )
  const changes = classifyChanges(events, before(start))
  const count = (change: string) => changes.filter((c) => c.change === change).length

  const used = stmt(
    db,
    `SELECT count(DISTINCT c.id) AS calls, count(DISTINCT CASE WHEN c.outcome = 'resolved' THEN c.id END) AS solved
     FROM call_links l JOIN calls c ON c.id = l.call_id
     WHERE l.kind = 'faq' AND c.started_at >= ? AND c.started_at < ?`,
  ).get(start, end) as { calls: number; solved: number }
  const top = stmt(
    db,
    `SELECT l.target AS id, count(DISTINCT l.call_id) AS used
     FROM call_links l JOIN calls c ON c.id = l.call_id
     WHERE l.kind = 'faq' AND c.started_at >= ? AND c.started_at < ?
     GROUP BY l.target ORDER BY used DESC, l.target LIMIT 5`,
  ).all(start, end) as { id: string; used: number }[]
  const feedback = stmt(
    db,
    'SELECT kind, count(*) AS n FROM faq_feedback WHERE at >= ? AND at < ? GROUP BY kind',
  ).all(start, end) as { kind: string; n: number }[]
  const latest = stmt(db, 'SELECT coalesce(published_version, version) FROM faq_entries WHERE id = ?').pluck()

  return {
    available: true,
    published: count('new'),
    revised: count('revised'),
    retired: count('retired'),
    live: before(end).size,
    callsUsed: used.calls,
    callsSolved: used.solved,
    notFound: feedback.find((f) => f.kind === 'not_found')?.n ?? 0,
    wrong: feedback.find((f) => f.kind === 'wrong')?.n ?? 0,
    top: top
      .map((t) => ({
        number: numberOf.get(t.id) as number,
        question: question(t.id, latest.get(t.id) as number),
        used: t.used,
      }))
      .sort((a, b) => b.used - a.used || a.number - b.number),
    changes: changes.map(({ event, change }) => ({
      number: numberOf.get(event.entryId) as number,
      question: question(event.entryId, event.version),
      change,
      at: event.at,
    })),
  }
}
