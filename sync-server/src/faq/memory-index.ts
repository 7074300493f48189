import { chars, FIELD_WEIGHTS, SEARCH_FIELDS, TRIGRAM } from '@madoguchi/shared'
import type { Db } from '../db/open'
import { stmt } from '../db/statements'

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

/** FTS5's bm25 constants (fts5_aux.c). */
const K1 = 1.2
const B = 0.75

export interface IndexedRow {
  id: string
  number: number
  version: number
  category: string
  audience: string
}

const WEIGHTS = SEARCH_FIELDS.map((f) => FIELD_WEIGHTS[f])

/** Field weights of the fields a mask names, summed (bit i: SEARCH_FIELDS[i]). */
const MASK_WEIGHT = Array.from({ length: 1 << SEARCH_FIELDS.length }, (_, m) =>
  WEIGHTS.reduce((sum, w, i) => sum + (m & (1 << i) ? w : 0), 0),
)

/** A typed array that doubles when full: the build appends millions of postings. */
class Grow<T extends Int32Array | Uint16Array | Uint8Array> {
  length = 0
  constructor(
    public data: T,
    private readonly make: (n: number) => T,
  ) {}
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2)
      bigger.set(this.data)
      this.data = bigger
    }
    this.data[this.length++] = v
  }
}

export class FaqMemoryIndex {
  readonly rows: IndexedRow[]
  /** Grams of 1, 2 and 3 characters → their postings, rows ascending: start[id] … start[id + 1]. */
  private readonly gramId = new Map<string, number>()
  private readonly start: Int32Array
  /** Each gram's length in characters (1–3). */
  private readonly gramLength: Uint8Array
  private readonly postRow: Int32Array
  /**
   * A trigram's bm25 for the row (0 for shorter grams). Nothing in it depends on the query: the
   * inverse document frequency, the field-weighted count and the row's length are the index's, so it
   * is computed once here and a query only adds.
   */
  private readonly postScore: Float64Array
  /** Where the shorter grams' postings start. */
  private readonly shortFrom: number
  /** From shortFrom on, bit i: the gram is in field SEARCH_FIELDS[i]. */
  private readonly postMask: Uint8Array
  /** Scratch space reused by every query (one at a time: the server is single-threaded). */
  private readonly score: Float64Array
  private readonly touched: Int32Array

  constructor(rows: IndexedRow[], fields: (row: number) => readonly string[]) {
    this.rows = rows
    const n = rows.length
    const lengths = new Float64Array(n)
    // First pass, row by row: each row's grams (ids), its weighted trigram frequency and field mask.
    const rowGram = new Grow(new Int32Array(1 << 16), (k) => new Int32Array(k))
    const rowFreq = new Grow(new Uint16Array(1 << 16), (k) => new Uint16Array(k))
    const rowMask = new Grow(new Uint8Array(1 << 16), (k) => new Uint8Array(k))
    const rowEnd = new Int32Array(n)
    const docs = new Grow(new Int32Array(1 << 12), (k) => new Int32Array(k))
    let freq = new Uint16Array(1 << 12)
    let mask = new Uint8Array(1 << 12)
    const seen: number[] = []
    // Gram ids without a string per gram (13 million at 10,000 entries): a character's gram, then for
    // each gram the gram one character longer.
    const single = new Map<number, number>()
    const longer: (Map<number, number> | undefined)[] = []
    const gramText: string[] = []
    const idOf = (shorter: number, cp: number): number => {
      let map = shorter < 0 ? single : longer[shorter]
      if (!map) {
        map = new Map()
        longer[shorter] = map
      }
      let id = map.get(cp)
      if (id === undefined) {
        id = gramText.length
        map.set(cp, id)
        gramText.push((gramText[shorter] ?? '') + String.fromCodePoint(cp))
        docs.push(0)
        if (id >= freq.length) {
          const f2 = new Uint16Array(freq.length * 2)
          f2.set(freq)
          freq = f2
          const m2 = new Uint8Array(mask.length * 2)
          m2.set(mask)
          mask = m2
        }
      }
      if (mask[id] === 0) seen.push(id)
      return id
    }
    const codes: number[] = []
    let total = 0
    for (let r = 0; r < n; r++) {
      for (const [f, text] of fields(r).entries()) {
        codes.length = 0
        for (let i = 0; i < text.length; ) {
          const cp = text.codePointAt(i) ?? 0
          codes.push(cp)
          i += cp > 0xffff ? 2 : 1
        }
        const bit = 1 << f
        const weight = WEIGHTS[f] ?? 0
        const length = codes.length
        for (let i = 0; i < length; i++) {
          const one = idOf(-1, codes[i] ?? 0)
          mask[one] = (mask[one] ?? 0) | bit
          if (i + 1 >= length) continue
          const two = idOf(one, codes[i + 1] ?? 0)
          mask[two] = (mask[two] ?? 0) | bit
          if (i + 2 >= length) continue
          const three = idOf(two, codes[i + 2] ?? 0)
          mask[three] = (mask[three] ?? 0) | bit
          freq[three] = Math.min(0xffff, (freq[three] ?? 0) + weight)
        }
        // FTS5 counts a field's trigrams as its length in tokens, spaces included.
        lengths[r] = (lengths[r] ?? 0) + Math.max(0, length - TRIGRAM + 1)
      }
      total += lengths[r] ?? 0
      for (const id of seen) {
        rowGram.push(id)
        rowFreq.push(freq[id] ?? 0)
        rowMask.push(mask[id] ?? 0)
        docs.data[id] = (docs.data[id] ?? 0) + 1
        freq[id] = 0
        mask[id] = 0
      }
      seen.length = 0
      rowEnd[r] = rowGram.length
    }
    // Trigrams first: their postings [0, shortFrom) carry a score, the shorter grams' a field mask.
    const grams = gramText.length
    const isTrigram = gramText.map((t) => chars(t).length === TRIGRAM)
    const order = [...gramText.keys()].sort((a, b) => Number(isTrigram[b]) - Number(isTrigram[a]) || a - b)
    const place = new Int32Array(grams)
    this.gramLength = new Uint8Array(grams)
    this.start = new Int32Array(grams + 1)
    for (const [at, g] of order.entries()) {
      const text = gramText[g] ?? ''
      place[g] = at
      this.gramId.set(text, at)
      this.gramLength[at] = chars(text).length
      this.start[at + 1] = (this.start[at] ?? 0) + (docs.data[g] ?? 0)
    }
    const firstShort = order.findIndex((g) => !isTrigram[g])
    this.shortFrom = firstShort < 0 ? rowGram.length : (this.start[firstShort] ?? 0)
    // Second pass: the same postings by gram, in row order.
    const fill = this.start.slice(0, grams)
    this.postRow = new Int32Array(rowGram.length)
    const postFreq = new Uint16Array(this.shortFrom)
    this.postMask = new Uint8Array(rowGram.length - this.shortFrom)
    let j = 0
    for (let r = 0; r < n; r++) {
      for (const end = rowEnd[r] ?? 0; j < end; j++) {
        const g = place[rowGram.data[j] ?? 0] ?? 0
        const at = fill[g] ?? 0
        fill[g] = at + 1
        this.postRow[at] = r
        if (at < this.shortFrom) postFreq[at] = rowFreq.data[j] ?? 0
        else this.postMask[at - this.shortFrom] = rowMask.data[j] ?? 0
      }
    }
    // bm25 as FTS5's fts5Bm25Function computes it: Σ over the query's phrases of
    // idf · (f · (k1 + 1)) / (f + k1 · (1 − b + b · D / avgD)), f the field-weighted count.
    const average = n && total ? total / n : 1
    const lengthNorm = lengths.map((l) => K1 * (1 - B + (B * l) / average))
    this.postScore = new Float64Array(this.shortFrom)
    for (let g = 0; g < grams; g++) {
      if (this.gramLength[g] !== TRIGRAM) continue
      const from = this.start[g] ?? 0
      const to = this.start[g + 1] ?? 0
      const hits = to - from
      let idf = Math.log((n - hits + 0.5) / (hits + 0.5))
      if (idf <= 0) idf = 1e-6
      for (let i = from; i < to; i++) {
        const f = postFreq[i] ?? 0
        this.postScore[i] = idf * ((f * (K1 + 1)) / (f + (lengthNorm[this.postRow[i] ?? 0] ?? 0)))
      }
    }
    this.score = new Float64Array(n)
    this.touched = new Int32Array(n)
  }

  get size(): number {
    return this.rows.length
  }

  /** Rows holding the gram (1–3 characters): for a trigram, FTS5's "nHit". */
  documentCount(gram: string): number {
    const g = this.gramId.get(gram)
    return g === undefined ? 0 : (this.start[g + 1] ?? 0) - (this.start[g] ?? 0)
  }

  /** bm25 as FTS5 computes it for an OR of the trigrams, for every row matching one (row → score). */
  bm25(trigrams: readonly string[]): Map<number, number> {
    const out = new Map<number, number>()
    const count = this.addBm25(trigrams, 0)
    for (let i = 0; i < count; i++) {
      const r = this.touched[i] ?? 0
      out.set(r, this.score[r] ?? 0)
    }
    this.clear(count)
    return out
  }

  /**
   * The fields holding a term of one or two characters, per row (bit i: SEARCH_FIELDS[i]), as
   * instr(field, term) > 0 finds them. Calls `each` once per row holding it.
   */
  shortTermFields(term: string, each: (row: number, mask: number) => void): void {
    const g = this.gramId.get(term)
    if (g === undefined || this.gramLength[g] === TRIGRAM) return
    for (let i = this.start[g] ?? 0, end = this.start[g + 1] ?? 0; i < end; i++)
      each(this.postRow[i] ?? 0, this.postMask[i - this.shortFrom] ?? 0)
  }

  /** Adds each trigram's bm25 to the rows holding it; returns how many rows are now touched. */
  private addBm25(trigrams: readonly string[], touchedSoFar: number): number {
    const { score, touched, postRow, postScore } = this
    let count = touchedSoFar
    for (const gram of new Set(trigrams)) {
      const g = this.gramId.get(gram)
      if (g === undefined || this.gramLength[g] !== TRIGRAM) continue
      for (let i = this.start[g] ?? 0, to = this.start[g + 1] ?? 0; i < to; i++) {
        const r = postRow[i] ?? 0
        const before = score[r] ?? 0
        if (before === 0) touched[count++] = r
        score[r] = before + (postScore[i] ?? 0)
      }
    }
    return count
  }

  private clear(count: number): void {
    for (let i = 0; i < count; i++) this.score[this.touched[i] ?? 0] = 0
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
    const { score, touched, postRow, postMask, shortFrom } = this
    let count = this.addBm25(trigrams, 0)
    for (const term of new Set(short)) {
      const g = this.gramId.get(term)
      if (g === undefined || this.gramLength[g] === TRIGRAM) continue
      for (let i = this.start[g] ?? 0, end = this.start[g + 1] ?? 0; i < end; i++) {
        const r = postRow[i] ?? 0
        const before = score[r] ?? 0
        if (before === 0) touched[count++] = r
        score[r] = before + (MASK_WEIGHT[postMask[i - shortFrom] ?? 0] ?? 0) * shortPoints
      }
    }
    // A bounded min-heap of the best so far: thousands of rows may match, a screen needs a few.
    const heap: number[] = []
    const worse = (a: number, b: number) =>
      (score[a] ?? 0) < (score[b] ?? 0) ||
      (score[a] === score[b] && (this.rows[a]?.number ?? 0) > (this.rows[b]?.number ?? 0))
    const swap = (i: number, j: number) => {
      const t = heap[i] ?? 0
      heap[i] = heap[j] ?? 0
      heap[j] = t
    }
    // The worst score in a full heap: most rows fall below it and are passed over at one comparison.
    let floor = -1
    for (let k = 0; k < count && limit > 0; k++) {
      const r = touched[k] ?? 0
      const sr = score[r] ?? 0
      if (sr < floor || (heap.length === limit && !worse(heap[0] ?? 0, r))) continue
      const row = this.rows[r]
      if (!row || !keep(row)) continue
      if (heap.length < limit) {
        heap.push(r)
        for (let i = heap.length - 1; i > 0; ) {
          const parent = (i - 1) >> 1
          if (!worse(heap[i] ?? 0, heap[parent] ?? 0)) break
          swap(i, parent)
          i = parent
        }
      } else {
        heap[0] = r
        for (let i = 0; ; ) {
          const l = 2 * i + 1
          let m = i
          if (l < limit && worse(heap[l] ?? 0, heap[m] ?? 0)) m = l
          if (l + 1 < limit && worse(heap[l + 1] ?? 0, heap[m] ?? 0)) m = l + 1
          if (m === i) break
          swap(i, m)
          i = m
        }
      }
      if (heap.length === limit) floor = score[heap[0] ?? 0] ?? 0
    }
    const out = heap.flatMap((r) => {
      const row = this.rows[r]
      return row ? [{ row, score: score[r] ?? 0 }] : []
    })
    this.clear(count)
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
