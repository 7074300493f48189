/**
 * An RFC 4180 reader: commas, quoted fields with doubled quotes, CR, LF or CRLF line ends, newlines
 * inside quotes. Each record carries the file line it starts on, so a problem is reported where a
 * person opening the file in an editor finds it. A leading BOM is dropped.
 */
export interface CsvRecord {
  line: number
  fields: string[]
}

export function parseCsv(text: string): { records: CsvRecord[]; unclosedQuoteAt: number | null } {
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let recordLine = 1
  let quoteLine = 0
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const endRecord = () => {
    fields.push(field)
    // A blank line is not a record (spreadsheets often leave one at the end).
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields })
    fields = []
    field = ''
  }
  for (; i < text.length; i++) {
    const ch = text[i] as string
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++
        field += ch
      }
      continue
    }
    if (ch === '"' && field === '') {
      quoted = true
      quoteLine = line
    } else if (ch === ',') {
      fields.push(field)
      field = ''
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      endRecord()
      line++
      recordLine = line
    } else field += ch
  }
  if (quoted) return { records, unclosedQuoteAt: quoteLine }
  if (field !== '' || fields.length > 0) endRecord()
  return { records, unclosedQuoteAt: null }
}
