import { SEARCH_FIELDS } from '@madoguchi/shared'
import type { Db } from '../db/open'
import { stmt } from '../db/statements'
import type { IndexedRow } from './memory-postings'
import { FaqMemoryIndex } from './memory-ranking'

/**
 * The FAQ search's working index, in memory, rebuilt from the durable one (the FTS5 table faq_search)
 * by the first search after a publish or retire changed it (every write to that table goes through
 * indexEntry / unindexEntry, which say so), or after another connection wrote to the file.
 *
 * Why not FTS5 at query time: the bench corpus (10,000 near-duplicates of ~35 entries) makes each of a
 * query's trigrams match hundreds to thousands of rows. FTS5 spent about 5 ms only to find the rows of
 * an OR of 50 trigrams and 60 ms to rank them with bm25 (it reads each row's size from its docsize
 * table), against some 12 ms for the whole `LIKE '%q%'` scan; the goal is a fifth of that scan. Here
 * each trigram posting carries its bm25 for the row, computed at build (the inverse document
 * frequency, the field-weighted count and the row's length are all the index's own), so a query only
 * adds: the same formula and constants as FTS5's bm25() (fts5_aux.c), so the ranking is the one FTS5
 * gives (a test compares them row by row).
 *
 * Terms of one or two characters (暗証, 姓) have postings of their own (every character and pair of
 * characters of each field, with the fields holding it): synonyms add several such terms to a query,
 * and each was a scan of the whole table. Finding them through the trigrams that start or end with
 * them took a union of dozens of postings per term (hundreds for one character: く), slower than the
 * rest of the query; these postings cost about 45% more memory than the trigrams alone. A test checks
 * they give the rows and fields instr() finds.
 */

export type { FaqMemoryIndex } from './memory-ranking'

/**
 * Changes to faq_search made through this process (indexEntry, unindexEntry); the index is rebuilt when
 * the count moved, or when another connection wrote to the file (PRAGMA data_version).
 */
const generations = new WeakMap<Db, number>()
const held = new WeakMap<Db, { generation: number; dataVersion: number; index: FaqMemoryIndex }>()

export function faqIndexChanged(db: Db): void {
  generations.set(db, (generations.get(db) ?? 0) + 1)
}

export function faqMemoryIndex(db: Db): FaqMemoryIndex {
  const generation = generations.get(db) ?? 0
  const dataVersion = stmt(db, 'PRAGMA data_version').pluck().get() as number
  const h = held.get(db)
  if (h && h.generation === generation && h.dataVersion === dataVersion) return h.index
  const index = buildIndex(db)
  held.set(db, { generation, dataVersion, index })
  return index
}

function buildIndex(db: Db): FaqMemoryIndex {
  const found = stmt(
    db,
    `SELECT s.entry_id AS id, e.number, e.published_version AS version,
       v.data ->> '$.category' AS category, v.data ->> '$.audience' AS audience,
       s.question, s.phrasings, s.keywords, s.reading, s.answer
     FROM faq_search s
     JOIN faq_entries e ON e.id = s.entry_id
     JOIN faq_versions v ON v.entry_id = e.id AND v.version = e.published_version
     ORDER BY s.rowid`,
  ).all() as (IndexedRow & Record<(typeof SEARCH_FIELDS)[number], string>)[]
  return new FaqMemoryIndex(
    found.map(({ id, number, version, category, audience }) => ({ id, number, version, category, audience })),
    (r) => SEARCH_FIELDS.map((f) => found[r]?.[f] ?? ''),
  )
}
