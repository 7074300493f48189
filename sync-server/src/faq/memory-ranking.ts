import { SEARCH_FIELDS, TRIGRAM } from '@madoguchi/shared'
import { FaqPostings, type IndexedRow, WEIGHTS } from './memory-postings'

/** Field weights of the fields a mask names, summed (bit i: SEARCH_FIELDS[i]). */
const MASK_WEIGHT = Array.from({ length: 1 << SEARCH_FIELDS.length }, (_, m) =>
  WEIGHTS.reduce((sum, w, i) => sum + (m & (1 << i) ? w : 0), 0),
)

/** The in-memory index's queries: bm25 over the trigrams, the fields holding short terms, the best rows. */
export class FaqMemoryIndex extends FaqPostings {
  /** Scratch space reused by every query (one at a time: the server is single-threaded). */
  private readonly score: Float64Array
  private readonly touched: Int32Array

  constructor(rows: IndexedRow[], fields: (row: number) => readonly string[]) {
    super(rows, fields)
    const n = rows.length
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
