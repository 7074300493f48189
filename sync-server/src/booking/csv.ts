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

/**
 * 〓 (ゲタ) stands in for a character Shift_JIS cannot hold (𠮷, 𩸽, many 異体字): the mark Japanese
 * offices read as "a character was here that this system cannot show", where iconv's '?' would pass
 * for a real question mark in a name. UTF-8 (the default) keeps every character.
 */
export const NOT_IN_SHIFT_JIS = '〓'

export function toShiftJisText(text: string): string {
  const missing = new Set<string>()
  for (const char of new Set(text)) {
    if (char !== '?' && iconv.encode(char, 'cp932').toString('latin1') === '?') missing.add(char)
  }
  if (missing.size === 0) return text
  return Array.from(text, (char) => (missing.has(char) ? NOT_IN_SHIFT_JIS : char)).join('')
}

export function encodeCsv(text: string, encoding: 'utf8' | 'sjis'): Uint8Array<ArrayBuffer> {
  const bytes =
    encoding === 'sjis' ? iconv.encode(toShiftJisText(text), 'cp932') : Buffer.from(`\uFEFF${text}`, 'utf8')
  return new Uint8Array(bytes)
}
