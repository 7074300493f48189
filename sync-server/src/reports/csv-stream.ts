import iconv from 'iconv-lite'
import { csvText, encodeCsv, toShiftJisText } from '../booking/csv'

export type CsvEncoding = 'utf8' | 'sjis'
export type CsvRow = readonly (string | number | boolean | null | undefined)[]

/** Rows after the first chunk: no second BOM. */
function encodeMore(text: string, encoding: CsvEncoding): Uint8Array {
  return new Uint8Array(
    encoding === 'sjis' ? iconv.encode(toShiftJisText(text), 'cp932') : Buffer.from(text, 'utf8'),
  )
}

/**
 * A CSV file as a stream of byte chunks, through the one writer (booking/csv.ts: quoting, formula
 * neutralising, CRLF, BOM or CP932). `pages` yields rows a page at a time, each page read when the
 * client is ready for it, so a year of calls is never held in memory whole. Each page is its own
 * query (keyset paging), never an open cursor: better-sqlite3's connection is shared by every
 * request, and a cursor held across awaits would lock the others out.
 */
export function csvStream(
  header: CsvRow,
  pages: Iterator<CsvRow[]>,
  encoding: CsvEncoding,
): ReadableStream<Uint8Array> {
  let first = true
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (first) {
        first = false
        controller.enqueue(encodeCsv(csvText([header]), encoding))
        return
      }
      const next = pages.next()
      if (next.done) controller.close()
      else if (next.value.length > 0) controller.enqueue(encodeMore(csvText(next.value), encoding))
    },
  })
}
