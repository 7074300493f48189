import {
  byRank,
  type FaqContent,
  type FaqHit,
  type FaqSearchQuery,
  normalizeForSearch,
  planQuery,
  rankScore,
} from '@madoguchi/shared'
import type { Db } from '../db/open'
import { analysedQuery, analyser } from './analyser'
import { type FaqMemoryIndex, faqMemoryIndex } from './memory-index'
import { contentOf, solvedCounts } from './queries'
import { synonymGroups } from './synonyms'

/**
 * FAQ search as the operator types. The query is normalised and expanded by the shared rules
 * (search-rules.ts: synonyms, trigrams) plus the analyser's base forms and reading; its trigrams are
 * ranked by bm25 with the shared field weights and its terms of one or two characters (暗証, 紛失, 姓)
 * add points per field holding them, both over the in-memory copy of the FTS5 index (memory-index.ts:
 * why, and how it equals FTS5's ranking). The best candidates are lifted by the calls each entry solved
 * (rankScore). Any text is accepted: no query syntax exists, every character is only a character.
 */

/** How many candidates the usage lift re-ranks: far more than a screen of results. */
const CANDIDATES = 60
/** A short term found in a field counts this many bm25 points per field weight. */
const SHORT_POINTS = 1.5

/**
 * The published versions the search has shown, parsed (and checked, as every read of a version is)
 * once, for as long as the index they came from; emptied past SHOWN_KEPT, so memory stays bounded.
 */
const SHOWN_KEPT = 2000
const parsed = new WeakMap<FaqMemoryIndex, Map<string, FaqContent>>()

export async function searchFaq(db: Db, query: FaqSearchQuery): Promise<{ hits: FaqHit[] }> {
  const tokenizer = await analyser()
  return { hits: searchWith(db, query, (text) => analysedQuery(tokenizer, text)) }
}

export function searchWith(db: Db, query: FaqSearchQuery, extras: (text: string) => string[]): FaqHit[] {
  if (!normalizeForSearch(query.q)) return []
  const groups = synonymGroups(db).normalized
  // The analyser reads the query as typed (katakana stays katakana: カード is a word, かど is not).
  const plan = planQuery(query.q, groups, extras(query.q.slice(0, 200).normalize('NFKC')))
  const index = faqMemoryIndex(db)
  const candidates = index.top(
    plan.terms,
    plan.short,
    SHORT_POINTS,
    Math.max(CANDIDATES, query.limit),
    (row) =>
      (!query.category || row.category === query.category) &&
      (!query.audience || row.audience === query.audience),
  )
  if (candidates.length === 0) return []
  const solved = solvedCounts(
    db,
    candidates.map((c) => c.row.id),
  )
  const ranked = candidates.map(({ row, score }) => ({
    id: row.id,
    number: row.number,
    version: row.version,
    score: rankScore(score, solved.get(row.id) ?? 0),
  }))
  ranked.sort(byRank)
  const kept = parsed.get(index) ?? new Map<string, FaqContent>()
  parsed.set(index, kept)
  return ranked.slice(0, query.limit).map((r) => {
    const c = kept.get(r.id) ?? contentOf(db, r.id, r.version)
    if (!kept.has(r.id)) {
      if (kept.size >= SHOWN_KEPT) kept.clear()
      kept.set(r.id, c)
    }
    return { ...r, question: c.question, answer: c.answer, category: c.category, audience: c.audience }
  })
}
