import { tokyoDateTimeText } from '@madoguchi/shared'
import iconv from 'iconv-lite'

/**
 * The one CSV writer for every file madoguchi hands the city (the booking export, the report's
 * tables, the month's call list): CSV that Excel on Windows opens by double-click as the city
 * expects — CRLF line ends, RFC 4180 quoting, UTF-8 with a BOM (Excel reads BOM-less UTF-8 as the
 * local code page) or Shift_JIS (CP932) — and that keeps what each column means.
 *
 * Every column is typed, so how a value is written is one rule per kind, not a choice made at each
 * call site:
 * - `text`: user or label text. A cell starting with = + - @, tab or CR gets a leading apostrophe
 *   (CSV injection: a spreadsheet would run it as a formula; tab and CR as OWASP advises).
 * - `code`: digits or letters whose leading zeros and exact form matter (phone numbers, 申請書ID,
 *   booking numbers, lines). Excel opening a CSV by double-click turns `09012345678` into the
 *   number 9012345678 and `0123` into 123, with no import dialog to say otherwise. Written as
 *   `="09012345678"`: a formula whose only content is a string literal, which Excel (and Calc when
 *   it evaluates formulas on import) shows as the text, zeros kept. This is the form Microsoft's and
 *   most municipal CSV guides give for text that must stay text; a leading apostrophe would show
 *   as a character in Excel's CSV open. The wrapper is produced only here, for a column typed
 *   `code`, with the value inside the string literal escaped (`"` doubled), so it is never built
 *   from what a user typed and nothing but a literal can be inside it.
 * - `date`: a `YYYY-MM-DD` date, written `YYYY/MM/DD`.
 * - `datetime`: an instant, written on a Tokyo clock as `YYYY/MM/DD HH:MM:SS` — the form Japanese
 *   Excel itself shows and saves, which it reads as a date-time (a UTC ISO string would be text,
 *   nine hours off).
 * - `number`: a number as is (a negative number is ours, not a formula); a string in a number
 *   column (`50.0%`, `—`, `05:25`) is written by the text rule.
 */

export type CsvKind = 'text' | 'code' | 'date' | 'datetime' | 'number'
export type CsvColumn = { readonly name: string; readonly kind: CsvKind }
export type CsvValue = string | number | Date | null | undefined
export type CsvRow = readonly CsvValue[]
export type CsvEncoding = 'utf8' | 'sjis'

/** A column list from [name, kind] pairs, the way the exports declare them. */
export function columns(...list: readonly (readonly [string, CsvKind])[]): CsvColumn[] {
  return list.map(([name, kind]) => ({ name, kind }))
}

const FORMULA_START = /^[=+\-@\t\r]/
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
// Excel refuses a string literal in a formula longer than 255 characters; such a value is no code
// anyway, and is written as text.
const MAX_FORMULA_LITERAL = 255

/** RFC 4180: quote a field that holds a comma, quote, CR or LF, or leading or trailing spaces. */
function field(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text
}

function asText(text: string): string {
  return field(FORMULA_START.test(text) ? `'${text}` : text)
}

/** An instant as Excel reads a date-time, on a Tokyo clock: '2026/12/02 09:42:19'; '' for none. */
export function spreadsheetDateTime(instant: string | number | Date | null | undefined): string {
  // The shared Tokyo form ('2026-12-02 09:42:19'), its date with the slashes Japanese Excel writes.
  return tokyoDateTimeText(instant).replace(/^(\d{4})-(\d{2})-(\d{2})/, '$1/$2/$3')
}

/** One cell, written by its column's kind. */
export function csvCell(kind: CsvKind, value: CsvValue): string {
  if (value === null || value === undefined || value === '') return ''
  switch (kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? String(value) : asText(String(value))
    case 'datetime':
      return spreadsheetDateTime(value) || asText(String(value))
    case 'date': {
      const text = String(value)
      return ISO_DATE.test(text) ? text.replace(ISO_DATE, '$1/$2/$3') : asText(text)
    }
    case 'code': {
      const text = String(value)
      if (text.length > MAX_FORMULA_LITERAL || /[\r\n]/.test(text)) return asText(text)
      return field(`="${text.replace(/"/g, '""')}"`)
    }
    default:
      return asText(String(value))
  }
}

function line(cols: readonly CsvColumn[], row: CsvRow): string {
  if (row.length !== cols.length)
    throw new Error(`CSV row has ${row.length} cells for ${cols.length} columns`)
  return cols.map((c, i) => csvCell(c.kind, row[i])).join(',')
}

/** The header line (names as text) and each row, CRLF after every line. */
export function csvText(cols: readonly CsvColumn[], rows: readonly CsvRow[], header = true): string {
  const lines = rows.map((r) => line(cols, r))
  if (header) lines.unshift(cols.map((c) => asText(c.name)).join(','))
  return lines.length === 0 ? '' : `${lines.join('\r\n')}\r\n`
}

/**
 * 〓 (ゲタ) stands in for a character Shift_JIS cannot hold (𠮷, 𩸽, many 異体字): the mark Japanese
 * offices read as "a character was here that this system cannot show", where iconv's '?' would pass
 * for a real question mark in a name. UTF-8 (the default) keeps every character.
 */
export const NOT_IN_SHIFT_JIS = '〓'

/**
 * Characters Japanese text types in their JIS (Unicode) form that Windows' Shift_JIS (CP932) holds
 * only as its own look-alike: 〜 (WAVE DASH, as in 10:00〜16:00) is CP932's ～ (FULLWIDTH TILDE), and
 * so on. Excel decodes the file as CP932, so the look-alike is what it shows, not a 〓.
 */
const CP932_FORMS: Readonly<Record<string, string>> = {
  '\u301C': '\uFF5E', // 〜 → ～
  '\u2016': '\u2225', // ‖ → ∥
  '\u2212': '\uFF0D', // − → －
  '\u00A2': '\uFFE0', // ¢ → ￠
  '\u00A3': '\uFFE1', // £ → ￡
  '\u00AC': '\uFFE2', // ¬ → ￢
}

export function toShiftJisText(text: string): string {
  const mapped = text.replace(/[\u301C\u2016\u2212\u00A2\u00A3\u00AC]/g, (c) => CP932_FORMS[c] ?? c)
  const missing = new Set<string>()
  for (const char of new Set(mapped)) {
    if (char !== '?' && iconv.encode(char, 'cp932').toString('latin1') === '?') missing.add(char)
  }
  if (missing.size === 0) return mapped
  return Array.from(mapped, (char) => (missing.has(char) ? NOT_IN_SHIFT_JIS : char)).join('')
}

/** Text as the file's bytes; `bom` false for the chunks after a stream's first. */
export function encodeCsv(text: string, encoding: CsvEncoding, bom = true): Uint8Array<ArrayBuffer> {
  const bytes =
    encoding === 'sjis'
      ? iconv.encode(toShiftJisText(text), 'cp932')
      : Buffer.from(bom ? `\uFEFF${text}` : text, 'utf8')
  return new Uint8Array(bytes)
}

/** A whole file: header and rows, encoded. */
export function csvFile(cols: readonly CsvColumn[], rows: readonly CsvRow[], encoding: CsvEncoding) {
  return encodeCsv(csvText(cols, rows), encoding)
}

/**
 * A CSV file as a stream of byte chunks. `pages` yields rows a page at a time, each page read when
 * the client is ready for it, so a year of calls is never held in memory whole. Each page is its own
 * query (keyset paging), never an open cursor: better-sqlite3's connection is shared by every
 * request, and a cursor held across awaits would lock the others out.
 */
export function csvStream(
  cols: readonly CsvColumn[],
  pages: Iterator<CsvRow[]>,
  encoding: CsvEncoding,
): ReadableStream<Uint8Array> {
  let first = true
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (first) {
        first = false
        controller.enqueue(encodeCsv(csvText(cols, []), encoding))
        return
      }
      const next = pages.next()
      if (next.done) controller.close()
      else if (next.value.length > 0)
        controller.enqueue(encodeCsv(csvText(cols, next.value, false), encoding, false))
    },
  })
}
