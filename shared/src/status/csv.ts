/**
 * RFC 4180 CSV as municipal systems write it (quoted cells with commas, doubled quotes and line
 * breaks inside, CRLF or LF). Each record keeps the line it starts on, so every problem the import
 * finds is reported by the line number the city sees in its editor. Blank lines are skipped.
 */
export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  line: number
  cells: string[]
}

export interface CsvResult {
  records: CsvRecord[]
  /** A quote opened and never closed: the line where it opened. */
  unclosedQuoteAt: number | null
}

export function parseCsv(text: string): CsvResult {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  // Most status files quote nothing: split them by lines and commas, a hundred times faster than
  // walking characters. A file with any quote takes the full RFC 4180 walk below.
  if (!s.includes('"')) {
    const records: CsvRecord[] = []
    const lines = s.split(/\r\n|\n|\r/)
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string
      if (line !== '') records.push({ line: i + 1, cells: line.split(',') })
    }
    return { records, unclosedQuoteAt: null }
  }
  return walk(s)
}

function walk(s: string): CsvResult {
  const records: CsvRecord[] = []
  let line = 1
  let start = 1
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let quoteOpenedAt = 0
  let i = 0
  const end = () => {
    cells.push(cell)
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: start, cells })
    cells = []
    cell = ''
  }
  while (i < s.length) {
    const ch = s[i] as string
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          cell += '"'
          i += 2
          continue
        }
        quoted = false
        i++
        continue
      }
      if (ch === '\n' || (ch === '\r' && s[i + 1] !== '\n')) line++
      cell += ch
      i++
      continue
    }
    if (ch === '"' && cell === '') {
      quoted = true
      quoteOpenedAt = line
      i++
    } else if (ch === ',') {
      cells.push(cell)
      cell = ''
      i++
    } else if (ch === '\r' || ch === '\n') {
      end()
      i += ch === '\r' && s[i + 1] === '\n' ? 2 : 1
      line++
      start = line
    } else {
      cell += ch
      i++
    }
  }
  if (quoted) return { records, unclosedQuoteAt: quoteOpenedAt }
  if (cell !== '' || cells.length) end()
  return { records, unclosedQuoteAt: null }
}

/**
 * The records one at a time, for files of 100,000 lines: a plain file (no quote, LF or CRLF) is read
 * line by line, so no array of every line and its cells outlives the line (bench:import: those were
 * most of the import's garbage collection). Any other file is parsed whole first. Returns the line
 * of an unclosed quote, and then visits nothing.
 */
export function eachCsvRecord(text: string, visit: (line: number, cells: string[]) => void): number | null {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (s.includes('"') || /\r(?!\n)/.test(s)) {
    const parsed = parseCsv(s)
    if (parsed.unclosedQuoteAt !== null) return parsed.unclosedQuoteAt
    for (const r of parsed.records) visit(r.line, r.cells)
    return null
  }
  let line = 1
  for (let from = 0; from < s.length; line++) {
    let end = s.indexOf('\n', from)
    if (end < 0) end = s.length
    const stop = end > from && s.charCodeAt(end - 1) === 13 ? end - 1 : end
    if (stop > from) visit(line, s.slice(from, stop).split(','))
    from = end + 1
  }
  return null
}
