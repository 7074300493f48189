import {
  chars,
  DEFAULT_SYNONYMS,
  FIELD_WEIGHTS,
  newId,
  normalizeForSearch,
  normalizeGroups,
  planQuery,
  RELEVANCE_SET,
  SEARCH_FIELDS,
} from '@madoguchi/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTestServer } from '../testing/use-server'
import { analyse, analyser, queryExtras } from './analyser'
import { faqIndexChanged, faqMemoryIndex } from './memory-index'
import { unindexEntry } from './queries'
import { seedDemoFaq } from './seed'

// The in-memory index must rank as the FTS5 table it is built from would, and find what a scan finds:
// compared on the demo FAQ row by row, then on near-duplicates of it (what the bench measures).

const t = useTestServer('operator', { shared: true })
const BM25 = `bm25(faq_search, 0, ${SEARCH_FIELDS.map((f) => FIELD_WEIGHTS[f]).join(', ')})`
const groups = normalizeGroups(DEFAULT_SYNONYMS.map((g) => [...g]))
let extras: (q: string) => string[] = () => []

/** What the search asks for each caller phrasing: its trigrams and its short terms. */
const plans = () => RELEVANCE_SET.map(({ query }) => planQuery(query, groups, extras(query)))

/** FTS5's own bm25 for an OR of the trigrams, every matching row (entry id → score, higher better). */
function fts5Scores(terms: readonly string[]): Map<string, number> {
  const rows = t.server.db
    .prepare(`SELECT entry_id AS id, ${BM25} AS rank FROM faq_search WHERE faq_search MATCH ?`)
    .all(terms.map((g) => `"${g.replace(/"/g, '""')}"`).join(' OR ')) as { id: string; rank: number }[]
  return new Map(rows.map((r) => [r.id, -r.rank]))
}

function expectSameScores(terms: readonly string[]) {
  const index = faqMemoryIndex(t.server.db)
  const expected = fts5Scores(terms)
  const got = new Map([...index.bm25(terms)].map(([r, s]) => [index.rows[r]?.id ?? '', s]))
  expect([...got.keys()].sort()).toEqual([...expected.keys()].sort())
  for (const [id, s] of expected) expect(got.get(id)).toBeCloseTo(s, 9)
}

describe('faq in-memory index', () => {
  beforeAll(async () => {
    const tokenizer = await analyser()
    extras = (q) => queryExtras(analyse(tokenizer, q.normalize('NFKC')))
    await seedDemoFaq(t.server.deps)
  }, 120_000)

  it('scores every row FTS5 matches, with the bm25 FTS5 gives, for each caller phrasing', () => {
    for (const plan of plans()) if (plan.terms.length) expectSameScores(plan.terms)
  })

  it('finds a term of one or two characters in the rows and fields instr() finds', () => {
    const terms = new Set<string>()
    for (const plan of plans()) for (const s of plan.short) terms.add(s)
    for (const g of groups) for (const m of g) if (chars(m).length < 3) terms.add(m)
    // Every one- and two-character piece of the phrasings: the ends of words and fields included.
    for (const { query } of RELEVANCE_SET) {
      const c = chars(normalizeForSearch(query))
      for (let i = 0; i < c.length; i++) {
        terms.add(c[i] ?? '')
        if (i + 1 < c.length) terms.add(`${c[i]}${c[i + 1]}`)
      }
    }
    terms.delete('')
    expect(terms.size).toBeGreaterThan(300)
    const index = faqMemoryIndex(t.server.db)
    const scan = t.server.db.prepare(
      `SELECT entry_id AS id, ${SEARCH_FIELDS.map((f, i) => `((instr(${f}, @t) > 0) << ${i})`).join(' + ')} AS mask
       FROM faq_search WHERE mask > 0`,
    )
    for (const term of terms) {
      const expected = new Map(
        (scan.all({ t: term }) as { id: string; mask: number }[]).map((r) => [r.id, r.mask]),
      )
      const got = new Map<string, number>()
      index.shortTermFields(term, (r, m) => got.set(index.rows[r]?.id ?? '', m))
      expect([term, got]).toEqual([term, expected])
    }
  })

  it('keeps every matching entry of the demo FAQ a candidate', () => {
    const index = faqMemoryIndex(t.server.db)
    for (const plan of plans()) {
      const matching = new Set(plan.terms.length ? fts5Scores(plan.terms).keys() : [])
      for (const term of plan.short) index.shortTermFields(term, (r) => matching.add(index.rows[r]?.id ?? ''))
      const candidates = new Set(index.top(plan.terms, plan.short, 1.5, 60).map((c) => c.row.id))
      expect([plan.text, [...matching].filter((id) => !candidates.has(id))]).toEqual([plan.text, []])
    }
  })

  it('is rebuilt when an entry leaves the index', () => {
    const before = faqMemoryIndex(t.server.db)
    expect(faqMemoryIndex(t.server.db)).toBe(before)
    const gone = before.rows[0]?.id ?? ''
    t.server.db.transaction(() => unindexEntry(t.server.db, gone))()
    const after = faqMemoryIndex(t.server.db)
    expect(after.size).toBe(before.size - 1)
    expect(after.rows.map((r) => r.id)).not.toContain(gone)
  })

  it('ranks near-duplicates as FTS5 does (the bench corpus: hundreds of rows per trigram)', () => {
    const db = t.server.db
    const entries = db
      .prepare(
        `SELECT e.id, e.number, s.question, s.phrasings, s.keywords, s.reading, s.answer FROM faq_entries e
         JOIN faq_search s ON s.entry_id = e.id`,
      )
      .all() as { id: string; number: number; question: string }[]
    const places = ['えにわえきまえ', 'しままつ', '恵み野', '柏陽', '本庁']
    db.transaction(() => {
      for (const [k, place] of places.entries())
        for (const e of entries) {
          const id = newId()
          db.prepare(
            `INSERT INTO faq_entries (id, number, state, version, published_version, created_at, updated_at)
             SELECT ?, ?, state, version, published_version, created_at, updated_at FROM faq_entries WHERE id = ?`,
          ).run(id, 1000 * (k + 1) + e.number, e.id)
          db.prepare(
            `INSERT INTO faq_versions (entry_id, version, data, author_id, created_at)
             SELECT ?, version, data, author_id, created_at FROM faq_versions WHERE entry_id = ?`,
          ).run(id, e.id)
          db.prepare(
            `INSERT INTO faq_search (entry_id, question, phrasings, keywords, reading, answer)
             SELECT ?, ? || question, phrasings, keywords, reading, answer FROM faq_search WHERE entry_id = ?`,
          ).run(id, `${place}での`, e.id)
        }
    })()
    // Written around indexEntry, so said by hand: every write of the server goes through it.
    faqIndexChanged(db)
    const index = faqMemoryIndex(db)
    expect(index.size).toBe(entries.length * (places.length + 1))
    for (const plan of plans().slice(0, 40)) if (plan.terms.length) expectSameScores(plan.terms)
  })
})
