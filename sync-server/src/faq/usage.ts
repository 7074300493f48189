import {
  addDays,
  classifyChanges,
  type FaqContent,
  type FaqDigest,
  type FaqDigestQuery,
  type FaqGaps,
  type FaqPeriodQuery,
  type FaqUsage,
  type FaqUsageRow,
  fromTokyo,
  groupGaps,
  type LocalDate,
  type PublishEvent,
  tokyoDate,
} from '@madoguchi/shared'
import type { Db } from '../db/open'
import { stmt } from '../db/statements'
import type { Deps } from '../deps'
import { analyse, analyser } from './analyser'
import { diffVersions } from './history'
import { contentOf } from './queries'

/**
 * Usage and gaps for the editors (issue 15.5): all reads of FAQ data and of the desk's links and
 * feedback, none of a person's data (a call is counted, never read), so nothing here is audited.
 */

/** How far back a period without a start reaches. */
const DEFAULT_DAYS = 30

/** ISO instants bounding Tokyo dates `from`..`to`, both days included. */
export function isoBounds(from: LocalDate, to: LocalDate): { start: string; end: string } {
  return {
    start: new Date(fromTokyo(from, 0)).toISOString(),
    end: new Date(fromTokyo(addDays(to, 1), 0)).toISOString(),
  }
}

function period(deps: Pick<Deps, 'now'>, query: FaqPeriodQuery): { from: LocalDate; to: LocalDate } {
  const to = query.to ?? tokyoDate(deps.now())
  return { from: query.from ?? addDays(to, -(DEFAULT_DAYS - 1)), to }
}

interface CountRow {
  id: string
  used: number
  solved: number
}

/** Per entry: calls it was used in, the resolved ones, and the 回答が違った reports naming it. */
export function entryUsage(db: Db, start: string, end: string): Map<string, CountRow & { wrong: number }> {
  const out = new Map<string, CountRow & { wrong: number }>()
  const links = stmt(
    db,
    `SELECT l.target AS id, count(*) AS used, sum(c.outcome = 'resolved') AS solved
     FROM call_links l JOIN calls c ON c.id = l.call_id
     WHERE l.kind = 'faq' AND l.at >= ? AND l.at < ? GROUP BY l.target`,
  ).all(start, end) as CountRow[]
  for (const r of links) out.set(r.id, { ...r, solved: r.solved ?? 0, wrong: 0 })
  const wrong = stmt(
    db,
    `SELECT entry_id AS id, count(*) AS n FROM faq_feedback
     WHERE kind = 'wrong' AND entry_id IS NOT NULL AND at >= ? AND at < ? GROUP BY entry_id`,
  ).all(start, end) as { id: string; n: number }[]
  for (const r of wrong) {
    const row = out.get(r.id) ?? { id: r.id, used: 0, solved: 0, wrong: 0 }
    row.wrong = r.n
    out.set(r.id, row)
  }
  return out
}

/** Every entry ever published or used in the period, most used first. */
export function usageOf(deps: Deps, query: FaqPeriodQuery): FaqUsage {
  const { from, to } = period(deps, query)
  const { start, end } = isoBounds(from, to)
  const counts = entryUsage(deps.db, start, end)
  const rows = stmt(
    deps.db,
    'SELECT id, number, state, version, published_version FROM faq_entries ORDER BY number',
  ).all() as {
    id: string
    number: number
    state: FaqUsageRow['state']
    version: number
    published_version: number | null
  }[]
  const wrongQueries = stmt(
    deps.db,
    `SELECT query FROM faq_feedback WHERE kind = 'wrong' AND entry_id = ? AND at >= ? AND at < ?
     ORDER BY at DESC LIMIT 3`,
  ).pluck()
  const entries = rows.flatMap((r): FaqUsageRow[] => {
    const c = counts.get(r.id)
    if (!c && r.published_version === null && r.state !== 'retired') return []
    const content = contentOf(deps.db, r.id, r.published_version ?? r.version)
    return [
      {
        id: r.id,
        number: r.number,
        question: content.question,
        state: r.state,
        category: content.category,
        used: c?.used ?? 0,
        solved: c?.solved ?? 0,
        wrong: c?.wrong ?? 0,
        wrongQueries: c?.wrong ? (wrongQueries.all(r.id, start, end) as string[]) : [],
      },
    ]
  })
  entries.sort((a, b) => b.used - a.used || b.wrong - a.wrong || a.number - b.number)
  return { from, to, entries }
}

/** The 該当なし reports of the period, grouped by their normalised reading. */
export async function gapsOf(deps: Deps, query: FaqPeriodQuery): Promise<FaqGaps> {
  const { from, to } = period(deps, query)
  const { start, end } = isoBounds(from, to)
  const reports = stmt(
    deps.db,
    `SELECT query, at FROM faq_feedback WHERE kind = 'not_found' AND query != '' AND at >= ? AND at < ?`,
  ).all(start, end) as { query: string; at: string }[]
  const tokenizer = await analyser()
  // The reading makes 暗証 and あんしょう one group; the text as typed goes in NFKC, as search reads it.
  const keyOf = (q: string) => analyse(tokenizer, q.slice(0, 200).normalize('NFKC')).reading
  return { from, to, groups: groupGaps(reports, keyOf) }
}

/** Published and retired entries since a date: what the follow-up training must cover. */
export function digestOf(deps: Deps, query: FaqDigestQuery): FaqDigest {
  const to = query.to ?? tokyoDate(deps.now())
  const { start, end } = isoBounds(query.since, to)
  const rows = stmt(
    deps.db,
    `SELECT e.entry_id AS entryId, e.kind, e.at, e.version, e.reason, s.display_name AS byName
     FROM faq_events e LEFT JOIN staff s ON s.id = e.actor_id
     WHERE e.kind IN ('published', 'retired') AND e.at >= ? AND e.at < ? ORDER BY e.at, e.id`,
  ).all(start, end) as (PublishEvent & { reason: string; byName: string | null })[]
  const before = stmt(
    deps.db,
    `SELECT kind, version FROM faq_events WHERE entry_id = ? AND kind IN ('published', 'retired') AND at < ?
     ORDER BY at DESC, id DESC LIMIT 1`,
  )
  const earlier = new Map<string, number>()
  for (const id of new Set(rows.map((r) => r.entryId))) {
    const last = before.get(id, start) as { kind: string; version: number } | undefined
    if (last?.kind === 'published') earlier.set(id, last.version)
  }
  const numberOf = stmt(deps.db, 'SELECT number FROM faq_entries WHERE id = ?').pluck()
  const items = classifyChanges(rows, earlier).map(({ event, change, previousVersion }) => {
    const content: FaqContent = contentOf(deps.db, event.entryId, event.version)
    return {
      id: event.entryId,
      number: numberOf.get(event.entryId) as number,
      change,
      at: event.at,
      byName: event.byName,
      version: event.version,
      question: content.question,
      answer: change === 'new' ? content.answer : '',
      fields:
        change === 'revised' && previousVersion !== null && previousVersion !== event.version
          ? diffVersions(deps, event.entryId, previousVersion, event.version).fields.filter(
              (f) => f.field !== 'editorNote',
            )
          : [],
      reason: event.reason,
    }
  })
  return { since: query.since, to, items }
}
