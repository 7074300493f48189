import {
  byRank,
  type FaqHit,
  type FaqSearchQuery,
  FIELD_WEIGHTS,
  planQuery,
  rankScore,
  SEARCH_FIELDS,
} from '@madoguchi/shared'
import type { Db } from '../db/open'
import { stmt } from '../db/statements'
import { analyse, analyser, queryExtras } from './analyser'
import { contentOf, solvedCounts } from './queries'
import { synonymGroups } from './synonyms'

/**
 * FAQ search as the operator types. The query is normalised and expanded by the shared rules
 * (search-rules.ts: synonyms, trigrams) plus the analyser's base forms and reading; terms of three
 * characters or more go to SQLite FTS5 (trigram tokenizer) ranked by bm25 with the shared field
 * weights; shorter ones (暗証, 紛失, a single kanji) are counted by a scan of the normalised text, as
 * trigrams cannot hold them. Scores are lifted by the calls each entry solved (rankScore). Any text is
 * accepted: the terms are quoted for FTS5, so its syntax characters are only characters.
 */

/** How many FTS5 candidates to re-rank: far more than a screen of results. */
const CANDIDATES = 60
/** A short term found in a field counts this many bm25 points per field weight. */
const SHORT_POINTS = 1.5

const quote = (term: string) => `"${term.replace(/"/g, '""')}"`
// bm25 takes one weight per column, the unindexed entry_id first.
const BM25 = `bm25(faq_search, 0, ${SEARCH_FIELDS.map((f) => FIELD_WEIGHTS[f]).join(', ')})`
const COLUMN_ORDER = ['question', 'phrasings', 'keywords', 'reading', 'answer'] as const
if (COLUMN_ORDER.join() !== SEARCH_FIELDS.join())
  throw new Error('faq_search columns and FIELD_WEIGHTS differ')

/** The scan for `n` short terms (@t0 … ): each term's field weights where the field holds it, summed. */
function shortScan(n: number): string {
  const hit = Array.from({ length: n }, (_, i) =>
    COLUMN_ORDER.map((c) => `(instr(${c}, @t${i}) > 0) * ${FIELD_WEIGHTS[c]}`).join(' + '),
  ).join(' + ')
  return `SELECT entry_id AS id, ${hit} AS hit FROM faq_search WHERE hit > 0 ORDER BY hit DESC LIMIT ${CANDIDATES * n}`
}

export async function searchFaq(db: Db, query: FaqSearchQuery): Promise<{ hits: FaqHit[] }> {
  const tokenizer = await analyser()
  return { hits: searchWith(db, query, (text) => queryExtras(analyse(tokenizer, text))) }
}

export function searchWith(db: Db, query: FaqSearchQuery, extras: (text: string) => string[]): FaqHit[] {
  const groups = synonymGroups(db).normalized
  const first = planQuery(query.q, groups)
  if (!first.text) return []
  // The analyser reads the query as typed (katakana stays katakana: カード is a word, かど is not).
  const plan = planQuery(query.q, groups, extras(query.q.slice(0, 200).normalize('NFKC')))
  const scores = new Map<string, number>()
  if (plan.terms.length) {
    const rows = stmt(
      db,
      `SELECT entry_id AS id, ${BM25} AS rank FROM faq_search WHERE faq_search MATCH ? ORDER BY rank LIMIT ${CANDIDATES}`,
    ).all(plan.terms.map(quote).join(' OR ')) as { id: string; rank: number }[]
    for (const r of rows) scores.set(r.id, -r.rank)
  }
  if (plan.short.length) {
    // All short terms in one pass over the table: a pass per term cost a full scan each, and a
    // query with synonyms has several (姓, 氏名, 改姓 …). A row's points are the sum over the terms.
    const rows = stmt(db, shortScan(plan.short.length)).all(
      Object.fromEntries(plan.short.map((t, i) => [`t${i}`, t])),
    ) as { id: string; hit: number }[]
    for (const r of rows) scores.set(r.id, (scores.get(r.id) ?? 0) + r.hit * SHORT_POINTS)
  }
  if (scores.size === 0) return []
  const ids = [...scores.keys()]
  const solved = solvedCounts(db, ids)
  const entries = stmt(db, 'SELECT number, published_version FROM faq_entries WHERE id = ?')
  const ranked = ids.flatMap((id) => {
    const e = entries.get(id) as { number: number; published_version: number | null } | undefined
    if (!e || e.published_version === null) return []
    return [
      {
        id,
        number: e.number,
        version: e.published_version,
        score: rankScore(scores.get(id) ?? 0, solved.get(id) ?? 0),
      },
    ]
  })
  ranked.sort(byRank)
  const hits: FaqHit[] = []
  for (const r of ranked) {
    const c = contentOf(db, r.id, r.version)
    if (query.category && c.category !== query.category) continue
    if (query.audience && c.audience !== query.audience) continue
    hits.push({ ...r, question: c.question, answer: c.answer, category: c.category, audience: c.audience })
    if (hits.length >= query.limit) break
  }
  return hits
}
