import { chars, ngrams, normalizeForSearch } from './normalize'

/**
 * The FAQ search's rules, once, for the server (SQLite FTS5 with the trigram tokenizer) and the tablet
 * (an in-memory n-gram index): how a query is expanded, which fields weigh more, and how the number of
 * calls an entry solved lifts it. Both sides normalise with normalize.ts first.
 */

/** Question and phrasings above keywords above the answer: a caller's words match a question best. */
export const FIELD_WEIGHTS = {
  question: 6,
  phrasings: 5,
  keywords: 4,
  /** Base forms and kana readings from the server's analyser (忘れた → 忘れる, 暗証 → あんしよう). */
  reading: 2,
  answer: 1,
} as const
export type SearchField = keyof typeof FIELD_WEIGHTS
export const SEARCH_FIELDS = Object.keys(FIELD_WEIGHTS) as SearchField[]

/** The longest normalised query used: a pasted paragraph is cut, never refused. */
export const MAX_QUERY_CHARS = 64
/** The trigram tokenizer matches substrings of 3 characters or more; shorter ones are scanned. */
export const TRIGRAM = 3

export interface QueryPlan {
  /** The query normalised (may be empty). */
  text: string
  /** The query and its synonym variants, normalised (なくした → 紛失 …). */
  variants: string[]
  /** Terms of 3 or more characters to match as substrings (trigrams of each variant, analyser terms). */
  terms: string[]
  /** Terms of 1–2 characters, matched by a scan (暗証, 紛失, pin). */
  short: string[]
}

/** Synonym groups normalised, each member once; groups of fewer than two left out. */
export function normalizeGroups(groups: readonly (readonly string[])[]): string[][] {
  return groups
    .map((g) => [...new Set(g.map(normalizeForSearch).filter((t) => t.length > 0))])
    .filter((g) => g.length > 1)
}

/**
 * The query's variants: itself, and for each synonym group a member of which it contains, the query
 * with that member replaced by each other member. One level only, and at most `max`.
 */
export function synonymVariants(text: string, groups: readonly string[][], max = 16): string[] {
  const variants = new Set<string>(text ? [text] : [])
  for (const group of groups) {
    for (const member of group) {
      if (!text.includes(member)) continue
      for (const other of group) {
        if (other === member) continue
        variants.add(text.replace(member, other))
        variants.add(other)
        if (variants.size >= max) return [...variants]
      }
    }
  }
  return [...variants]
}

/**
 * What to look for. `extra` are terms the server's analyser adds (base forms and readings of the
 * query's words); the tablet has no analyser and passes none.
 */
export function planQuery(
  query: string,
  groups: readonly string[][],
  extra: readonly string[] = [],
): QueryPlan {
  const text = chars(normalizeForSearch(query)).slice(0, MAX_QUERY_CHARS).join('')
  const variants = synonymVariants(text, groups)
  const terms = new Set<string>()
  const short = new Set<string>()
  for (const v of [...variants, ...extra.map(normalizeForSearch)]) {
    const length = chars(v).length
    if (length === 0) continue
    if (length < TRIGRAM) short.add(v)
    else for (const gram of ngrams(v, TRIGRAM)) terms.add(gram)
  }
  return { text, variants, terms: [...terms].slice(0, 80), short: [...short].slice(0, 16) }
}

/**
 * The final score: relevance, lifted gently by how many calls the entry solved, so between two equally
 * good matches the one that answers callers wins, but usage never outranks a clearly better match.
 */
export function rankScore(relevance: number, solvedCalls: number): number {
  return relevance * (1 + 0.15 * Math.log1p(Math.max(0, solvedCalls)))
}

export interface Ranked {
  score: number
  number: number
}

/** Best first; equal scores by the lower FAQ number, so the order is stable on every device. */
export function byRank(a: Ranked, b: Ranked): number {
  return b.score - a.score || a.number - b.number
}
