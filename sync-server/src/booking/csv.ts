import iconv from 'iconv-lite'

/**
 * CSV that Excel on Windows opens as the city expects: CRLF line ends, RFC 4180 quoting, and
 * UTF-8 with a BOM (Excel reads BOM-less UTF-8 as the local code page) or Shift_JIS (CP932).
 */

// A cell starting with one of these is run as a formula by spreadsheets (CSV injection). A leading
// apostrophe makes Excel show the text as typed; tab and CR are included as OWASP advises.
const FORMULA_START = /^[=+\-@\t\r]/

export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text
}

export function csvText(
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}

export function encodeCsv(text: string, encoding: 'utf8' | 'sjis'): Uint8Array<ArrayBuffer> {
  // Characters CP932 lacks (e.g. 𠮷) become '?': Shift_JIS is the fallback, UTF-8 the default.
  const bytes = encoding === 'sjis' ? iconv.encode(text, 'cp932') : Buffer.from(`\uFEFF${text}`, 'utf8')
  return new Uint8Array(bytes)
}
