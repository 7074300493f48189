import { FaqContent, type FaqState, normalizeForSearch } from '@madoguchi/shared'
import type { Db } from '../db/open'
import { stmt } from '../db/statements'
import { type Analysis, readingColumn } from './analyser'
import { faqIndexChanged } from './memory-index'

export interface EntryRow {
  id: string
  number: number
  state: FaqState
  version: number
  published_version: number | null
  created_at: string
  updated_at: string
  change_seq: number
}

export function findEntry(db: Db, id: string): EntryRow | undefined {
  return stmt(db, 'SELECT * FROM faq_entries WHERE id = ?').get(id) as EntryRow | undefined
}

export function contentOf(db: Db, id: string, version: number): FaqContent {
  const data = stmt(db, 'SELECT data FROM faq_versions WHERE entry_id = ? AND version = ?')
    .pluck()
    .get(id, version) as string | undefined
  if (data === undefined) throw new Error(`faq ${id} has no version ${version}`)
  return FaqContent.parse(JSON.parse(data))
}

export function authorOf(db: Db, id: string, version: number): string | null {
  return (
    (stmt(db, 'SELECT author_id FROM faq_versions WHERE entry_id = ? AND version = ?')
      .pluck()
      .get(id, version) as string | null | undefined) ?? null
  )
}

export function addVersion(
  db: Db,
  id: string,
  version: number,
  content: FaqContent,
  authorId: string,
  at: string,
) {
  stmt(
    db,
    'INSERT INTO faq_versions (entry_id, version, data, author_id, created_at) VALUES (?, ?, ?, ?, ?)',
  ).run(id, version, JSON.stringify(content), authorId, at)
}

export function addEvent(
  db: Db,
  id: string,
  at: string,
  actorId: string,
  kind: string,
  version: number,
  reason = '',
) {
  stmt(
    db,
    'INSERT INTO faq_events (entry_id, at, actor_id, kind, version, reason) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(id, at, actorId, kind, version, reason)
}

const norm = (parts: readonly string[]) => parts.map(normalizeForSearch).filter(Boolean).join(' ')

/** Put the published version into the search index (replacing what was there). */
export function indexEntry(db: Db, id: string, content: FaqContent, analysis: Analysis): void {
  unindexEntry(db, id)
  faqIndexChanged(db)
  const translations = Object.values(content.translations).flatMap((t) => (t ? [t.question, t.answer] : []))
  stmt(
    db,
    'INSERT INTO faq_search (entry_id, question, phrasings, keywords, reading, answer) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(
    id,
    norm([content.question]),
    norm(content.phrasings),
    norm(content.keywords),
    readingColumn(analysis),
    norm([content.answer, ...translations]),
  )
}

export function unindexEntry(db: Db, id: string): void {
  faqIndexChanged(db)
  stmt(db, 'DELETE FROM faq_search WHERE entry_id = ?').run(id)
}

/** The analyser's input for an entry: what a caller's words may meet. */
export function analysedText(content: FaqContent): string {
  return [content.question, ...content.phrasings, ...content.keywords, content.answer].join('\n')
}

export function readingOf(db: Db, id: string): string {
  return (
    (stmt(db, 'SELECT reading FROM faq_search WHERE entry_id = ?').pluck().get(id) as string | undefined) ??
    ''
  )
}

/** Calls an entry helped solve: linked as used in a call answered in that call (absent: none). */
export function solvedCounts(db: Db, ids: readonly string[]): Map<string, number> {
  // One statement for all the candidates: a statement each cost more than the ranking.
  const rows = stmt(
    db,
    `SELECT l.target AS id, count(*) AS n FROM call_links l JOIN calls c ON c.id = l.call_id
     WHERE l.kind = 'faq' AND l.target IN (SELECT value FROM json_each(?)) AND c.outcome = 'resolved'
     GROUP BY l.target`,
  ).all(JSON.stringify(ids)) as { id: string; n: number }[]
  return new Map(rows.map((r) => [r.id, r.n]))
}

export function usedCount(db: Db, id: string): number {
  return stmt(db, "SELECT count(*) FROM call_links WHERE kind = 'faq' AND target = ?")
    .pluck()
    .get(id) as number
}
