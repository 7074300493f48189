import { chars, FIELD_WEIGHTS, SEARCH_FIELDS, TRIGRAM } from '@madoguchi/shared'

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

export const WEIGHTS = SEARCH_FIELDS.map((f) => FIELD_WEIGHTS[f])

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

/**
 * The postings of the FAQ's in-memory index, built once per rebuild (why they are built this way:
 * memory-index.ts). The queries over them are FaqMemoryIndex's (memory-ranking.ts).
 */
export class FaqPostings {
  readonly rows: IndexedRow[]
  /** Grams of 1, 2 and 3 characters → their postings, rows ascending: start[id] … start[id + 1]. */
  protected readonly gramId = new Map<string, number>()
  protected readonly start: Int32Array
  /** Each gram's length in characters (1–3). */
  protected readonly gramLength: Uint8Array
  protected readonly postRow: Int32Array
  /**
   * A trigram's bm25 for the row (0 for shorter grams). Nothing in it depends on the query: the
   * inverse document frequency, the field-weighted count and the row's length are the index's, so it
   * is computed once here and a query only adds.
   */
  protected readonly postScore: Float64Array
  /** Where the shorter grams' postings start. */
  protected readonly shortFrom: number
  /** From shortFrom on, bit i: the gram is in field SEARCH_FIELDS[i]. */
  protected readonly postMask: Uint8Array

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
  }
}
