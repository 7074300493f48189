import { chars, FIELD_WEIGHTS, SEARCH_FIELDS, TRIGRAM } from '@madoguchi/shared'
import type { Db } from '../db/open'
import { stmt } from '../db/statements'

/**
 * The FAQ search's working index, in memory, rebuilt from the durable one (the FTS5 table faq_search)
 * when a publish or retire changed it.
 *
 * Why not FTS5 at query time: the bench corpus (10,000 near-duplicates of ~35 entries) makes each of a
 * query's trigrams match hundreds to thousands of rows. FTS5 spent about 5 ms only to find the rows of
 * an OR of 50 trigrams and 60 ms to rank them with bm25 (it reads each row's size from its docsize
 * table), against some 12 ms for the whole `LIKE '%q%'` scan; the goal is a fifth of that scan. Here
 * each trigram's postings carry the field-weighted frequency already summed, and each row its length
 * term, so bm25 is one multiply-add per posting: the same formula and constants as FTS5's bm25()
 * (fts5_aux.c), so the ranking is the one FTS5 gives (a test compares them row by row).
 *
 * Terms of one or two characters (暗証, 姓) go through the same postings: a field of three characters
 * or more holds a two-character term exactly when one of its trigrams starts or ends with it, and a
 * one-character term when one of its trigrams contains it; the few fields shorter than a trigram are
 * kept as text. A test checks this gives the rows and fields instr() finds.
 */

/** FTS5's bm25 constants (fts5_aux.c). */
const K1 = 1.2
const B = 0.75

interface Postings {
  rows: Int32Array
  /** Σ over fields of field weight × occurrences in the field: FTS5's "aFreq" for the phrase. */
  freq: Float64Array
  /** Bit i: the trigram is in field SEARCH_FIELDS[i]. */
  fields: Uint8Array
}

export interface IndexedRow {
  id: string
  number: number
  version: number
  category: string
  audience: string
}

interface ShortField {
  row: number
  field: number
  text: string
}

const WEIGHTS = SEARCH_FIELDS.map((f) => FIELD_WEIGHTS[f])

/** Field weights of the fields a mask names, summed (mask < 32). */
const MASK_WEIGHT = Array.from({ length: 1 << SEARCH_FIELDS.length }, (_, m) =>
  WEIGHTS.reduce((sum, w, i) => sum + (m & (1 << i) ? w : 0), 0),
)

export class FaqMemoryIndex {
  readonly rows: IndexedRow[]
  /** K1 · (1 − B + B · length / average length), per row. */
  private readonly lengthNorm: Float64Array
  private readonly postings = new Map<string, Postings>()
  /** Trigrams by their first two, last two, and each of their characters. */
  private readonly byPrefix = new Map<string, string[]>()
  private readonly bySuffix = new Map<string, string[]>()
  private readonly byChar = new Map<string, string[]>()
  private readonly shortFields: ShortField[] = []
  /** Scratch space reused by every query (one query at a time: the server is single-threaded). */
  private readonly score: Float64Array
  private readonly mask: Uint8Array
  private readonly seen: Uint8Array

  constructor(rows: IndexedRow[], fields: (row: number) => readonly string[]) {
    this.rows = rows
    const n = rows.length
    const lengths = new Float64Array(n)
    const building = new Map<string, { rows: number[]; freq: number[]; fields: number[] }>()
    let total = 0
    for (let r = 0; r < n; r++) {
      const perRow = new Map<string, { freq: number; fields: number }>()
      for (const [f, text] of fields(r).entries()) {
        const c = chars(text)
        if (c.length > 0 && c.length < TRIGRAM) this.shortFields.push({ row: r, field: f, text })
        for (let i = 0; i + TRIGRAM <= c.length; i++) {
          const gram = c[i]! + c[i + 1]! + c[i + 2]!
          const p = perRow.get(gram)
          if (p) {
            p.freq += WEIGHTS[f]!
            p.fields |= 1 << f
          } else perRow.set(gram, { freq: WEIGHTS[f]!, fields: 1 << f })
        }
        lengths[r] = (lengths[r] ?? 0) + Math.max(0, c.length - TRIGRAM + 1)
      }
      total += lengths[r]!
      for (const [gram, p] of perRow) {
        let b = building.get(gram)
        if (!b) {
          b = { rows: [], freq: [], fields: [] }
          building.set(gram, b)
        }
        b.rows.push(r)
        b.freq.push(p.freq)
        b.fields.push(p.fields)
      }
    }
    const average = n ? total / n : 1
    this.lengthNorm = lengths.map((l) => K1 * (1 - B + (B * l) / (average || 1)))
    const file = (map: Map<string, string[]>, key: string, gram: string) => {
      const list = map.get(key)
      if (list) list.push(gram)
      else map.set(key, [gram])
    }
    for (const [gram, b] of building) {
      this.postings.set(gram, {
        rows: Int32Array.from(b.rows),
        freq: Float64Array.from(b.freq),
        fields: Uint8Array.from(b.fields),
      })
      const c = chars(gram)
      file(this.byPrefix, c[0]! + c[1]!, gram)
      file(this.bySuffix, c[1]! + c[2]!, gram)
      for (const ch of new Set(c)) file(this.byChar, ch, gram)
    }
    this.score = new Float64Array(n)
    this.mask = new Uint8Array(n)
    this.seen = new Uint8Array(n)
  }

  get size(): number {
    return this.rows.length
  }

  /** Rows holding the trigram: FTS5's "nHit". */
  documentCount(trigram: string): number {
    return this.postings.get(trigram)?.rows.length ?? 0
  }

  /** bm25 as FTS5 computes it for an OR of the trigrams, for every row matching one (row → score). */
  bm25(trigrams: readonly string[]): Map<number, number> {
    const out = new Map<number, number>()
    this.addBm25(trigrams, (r, s) => out.set(r, (out.get(r) ?? 0) + s))
    return out
  }

  private addBm25(trigrams: readonly string[], add: (row: number, score: number) => void): void {
    const n = this.rows.length
    for (const gram of new Set(trigrams)) {
      const p = this.postings.get(gram)
      if (!p) continue
      const hits = p.rows.length
      let idf = Math.log((n - hits + 0.5) / (hits + 0.5))
      if (idf <= 0) idf = 1e-6
      const { rows, freq } = p
      const norm = this.lengthNorm
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i]!
        const f = freq[i]!
        add(r, (idf * (f * (K1 + 1))) / (f + norm[r]!))
      }
    }
  }

  /**
   * The fields holding a term of one or two characters, per row (bit i: SEARCH_FIELDS[i]), as
   * instr(field, term) > 0 would find them. Calls `each` once per (row, mask) with a non-zero mask.
   */
  shortTermFields(term: string, each: (row: number, mask: number) => void): void {
    const c = chars(term)
    const grams =
      c.length === 1
        ? (this.byChar.get(term) ?? [])
        : c.length === 2
          ? [...(this.byPrefix.get(term) ?? []), ...(this.bySuffix.get(term) ?? [])]
          : []
    const mask = this.mask
    const touched: number[] = []
    for (const gram of grams) {
      const p = this.postings.get(gram)
      if (!p) continue
      const { rows, fields } = p
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i]!
        if (mask[r] === 0) touched.push(r)
        mask[r]! |= fields[i]!
      }
    }
    for (const s of this.shortFields) {
      if (!s.text.includes(term)) continue
      if (mask[s.row] === 0) touched.push(s.row)
      mask[s.row]! |= 1 << s.field
    }
    for (const r of touched) {
      each(r, mask[r]!)
      mask[r] = 0
    }
  }

  /**
   * The best `limit` rows for the trigrams (bm25) and the short terms (`shortPoints` per field weight
   * of each field holding one), among the rows `keep` accepts; best first, ties by the lower number.
   */
  top(
    trigrams: readonly string[],
    short: readonly string[],
    shortPoints: number,
    limit: number,
    keep: (row: IndexedRow) => boolean = () => true,
  ): { row: IndexedRow; score: number }[] {
    const score = this.score
    const seen = this.seen
    const touched: number[] = []
    const add = (r: number, s: number) => {
      if (seen[r] === 0) {
        seen[r] = 1
        touched.push(r)
      }
      score[r]! += s
    }
    this.addBm25(trigrams, add)
    for (const term of new Set(short))
      this.shortTermFields(term, (r, m) => add(r, MASK_WEIGHT[m]! * shortPoints))
    // A bounded min-heap of the best so far: thousands of rows may match, a screen needs a few.
    const heap: number[] = []
    const worse = (a: number, b: number) =>
      score[a]! < score[b]! || (score[a] === score[b] && this.rows[a]!.number > this.rows[b]!.number)
    const up = (i: number) => {
      while (i > 0) {
        const parent = (i - 1) >> 1
        if (!worse(heap[i]!, heap[parent]!)) break
        ;[heap[i], heap[parent]] = [heap[parent]!, heap[i]!]
        i = parent
      }
    }
    const down = (i: number) => {
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l
        if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r
        if (m === i) return
        ;[heap[i], heap[m]] = [heap[m]!, heap[i]!]
        i = m
      }
    }
    for (const r of touched) {
      if (score[r]! > 0 && keep(this.rows[r]!)) {
        if (heap.length < limit) {
          heap.push(r)
          up(heap.length - 1)
        } else if (limit > 0 && worse(heap[0]!, r)) {
          heap[0] = r
          down(0)
        }
      }
    }
    const out = heap.map((r) => ({ row: this.rows[r]!, score: score[r]! }))
    for (const r of touched) {
      score[r] = 0
      seen[r] = 0
    }
    return out.sort((a, b) => b.score - a.score || a.row.number - b.row.number)
  }
}

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
