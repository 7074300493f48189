import { parseBirthDate, toKatakana } from '../booking/search-query'
import { isLocalDate, type LocalDate } from '../calendar/local-date'
import { applicationFormIdProblem, normaliseApplicationFormId } from '../text/form-id'
import { textProblem } from '../text/safe-text'
import { eachCsvRecord } from './csv'
import { decodeAs, detectAndDecode, type FileEncoding } from './encoding'
import type { StatusCode } from './labels'
import {
  type ColumnMapping,
  defaultWords,
  guessColumns,
  REQUIRED_FIELDS,
  type SourceMapping,
  STATUS_FIELDS,
  type StatusField,
  wordKey,
} from './mapping'
import { RowsById } from './rows-by-id'

/** One application's line of a status file, checked and in the form it is stored in. */
export interface StatusRow {
  line: number
  formId: string
  status: StatusCode
  statusDate: LocalDate
  appliedOn: LocalDate | null
  method: string | null
  nameKana: string | null
  birthDate: LocalDate | null
  noticeSentOn: LocalDate | null
}

export type BadLineCode =
  | 'bad_form_id'
  | 'unknown_status'
  | 'bad_date'
  | 'bad_kana'
  | 'bad_text'
  | 'missing'
  | 'duplicate_id'
  | 'cell_count'

/**
 * A line that cannot be imported. `detail` says what was found where it is safe to repeat: the
 * form-id problem code, an unknown status word, the line of the first occurrence. A bad ID itself is
 * never repeated (it may be an individual number typed into the wrong column), nor a birth date.
 */
export interface BadLine {
  line: number
  field: StatusField | 'row'
  code: BadLineCode
  detail?: string
}

export type FileProblem =
  | { code: 'wrong_encoding' | 'not_text' | 'empty' | 'header_only' | 'no_form_id_column' | 'too_many_rows' }
  | { code: 'missing_column'; field: StatusField; header: string }
  | { code: 'unclosed_quote'; line: number }

export interface StatusFile {
  encoding: FileEncoding
  headers: string[]
  mapping: SourceMapping
  /** No saved mapping: the columns were guessed from the header and the words are the defaults. */
  guessed: boolean
  dataRows: number
  rows: StatusRow[]
  bad: BadLine[]
  /** Status words no mapping knows, with how often and the first line: for the mapping screen. */
  unknownWords: { word: string; count: number; firstLine: number }[]
  /** The same application twice with the same status and date: imported once. */
  repeated: number
}

/** More rows than any city sends in one file (Eniwa's whole population is ~70,000). */
export const MAX_STATUS_ROWS = 300_000

/** Earliest status date accepted: applications for the My Number Card began in October 2015. */
const FIRST_STATUS_DATE = '2015-10-01'

export interface ReadOptions {
  /** The encoding staff confirmed; detected when absent. */
  encoding?: FileEncoding
  /** The source's saved mapping; guessed from the header when null. */
  mapping: SourceMapping | null
  /** Today in Tokyo: no status date is after it. */
  today: LocalDate
}

/** Decode, parse and check a whole status file. Pure: the server runs it, the tests run it. */
export function readStatusFile(bytes: Uint8Array, options: ReadOptions): StatusFile | FileProblem {
  if (bytes.length === 0) return { code: 'empty' }
  const decoded = options.encoding
    ? { encoding: options.encoding, ...decodeAs(bytes, options.encoding) }
    : detectAndDecode(bytes)
  if (!('text' in decoded)) return { code: decoded.code }
  const encoding = decoded.encoding
  let headers: string[] | null = null
  let mapping: SourceMapping | null = null
  let problem: FileProblem | null = null
  let checker: ReturnType<typeof rowChecker> | null = null
  let dataRows = 0
  const unclosedQuoteAt = eachCsvRecord(decoded.text, (line, cells) => {
    if (problem) return
    if (!headers) {
      headers = cells.map((h) => h.trim())
      mapping = options.mapping ?? { columns: guessedColumns(headers), words: defaultWords() }
      const index = columnIndex(headers, mapping.columns)
      if ('code' in index) problem = index
      else checker = rowChecker(headers.length, index, mapping, options.today)
      return
    }
    dataRows++
    if (dataRows <= MAX_STATUS_ROWS) checker?.check(line, cells)
  })
  if (unclosedQuoteAt !== null) return { code: 'unclosed_quote', line: unclosedQuoteAt }
  if (!headers || !mapping || !checker) return problem ?? { code: 'empty' }
  if (dataRows === 0) return { code: 'header_only' }
  if (dataRows > MAX_STATUS_ROWS) return { code: 'too_many_rows' }
  const checked = (checker as ReturnType<typeof rowChecker>).result()
  return { encoding, headers, mapping, guessed: options.mapping === null, dataRows, ...checked }
}

function guessedColumns(headers: readonly string[]): ColumnMapping {
  const g = guessColumns(headers)
  return {
    formId: g.formId ?? '',
    status: g.status ?? '',
    statusDate: g.statusDate ?? '',
    appliedOn: g.appliedOn ?? null,
    method: g.method ?? null,
    nameKana: g.nameKana ?? null,
    birthDate: g.birthDate ?? null,
    noticeSentOn: g.noticeSentOn ?? null,
  }
}

type Index = Partial<Record<StatusField, number>>

function columnIndex(headers: readonly string[], columns: ColumnMapping): Index | FileProblem {
  const index: Index = {}
  for (const field of STATUS_FIELDS) {
    const header = columns[field]
    if (header === null || header === undefined) continue
    const at = header === '' ? -1 : headers.indexOf(header)
    if (at < 0) {
      if (field === 'formId') return { code: 'no_form_id_column' }
      if (REQUIRED_FIELDS.includes(field)) return { code: 'missing_column', field, header }
      continue // an optional column this file lacks: simply not imported
    }
    index[field] = at
  }
  return index
}

/** A date in any of the usual spellings (2026-11-05, 2026/11/5, 令和8年11月5日, R8.11.5). */
export function parseFileDate(text: string): LocalDate | null {
  // The usual spelling, checked without the Unicode folding the general parser needs.
  const plain = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text)
  if (plain) {
    const iso = `${plain[1]}-${(plain[2] as string).padStart(2, '0')}-${(plain[3] as string).padStart(2, '0')}`
    return isLocalDate(iso) ? iso : null
  }
  return parseBirthDate(text)
}

const KANA = /^[\u30A0-\u30FF\s\u3000]+$/u
/** Already as stored: full-width katakana and half-width spaces, nothing NFKC would change. */
const KATAKANA_ONLY = /^[\u30A1-\u30FA\u30FC]+(?: [\u30A1-\u30FA\u30FC]+)*$/u
const PLAIN_ID = /^\d{23}$/
const SAME_DIGIT = /^(\d)\1*$/

/** What one date column of a line became: the date, nothing, or a bad line. */
type DateCheck = LocalDate | null | BadLine

/**
 * Checks the lines one by one. It runs once per line of files of 100,000 lines (bench:import), so it is one
 * loop with no closure or array made per line: a file repeats the same few status words, methods and
 * dates thousands of times, and each distinct value is folded and checked once.
 */
function rowChecker(width: number, index: Index, mapping: SourceMapping, today: LocalDate) {
  const words = new Map(Object.entries(mapping.words).map(([w, code]) => [wordKey(w), code]))
  const rows: StatusRow[] = []
  const bad: BadLine[] = []
  const unknown = new Map<string, { word: string; count: number; firstLine: number }>()
  const seen = new RowsById(rows)
  let repeated = 0
  const known = new Map<string, StatusCode | undefined>()
  const parsedDates = new Map<string, LocalDate | null>()
  const methods = new Map<string, boolean>()
  const at = (field: StatusField) => index[field] ?? -1
  const [iId, iStatus, iMethod, iKana] = [at('formId'), at('status'), at('method'), at('nameKana')]
  const [iStatusDate, iApplied, iNotice, iBirth] = [
    at('statusDate'),
    at('appliedOn'),
    at('noticeSentOn'),
    at('birthDate'),
  ]
  const cellAt = (cells: string[], i: number) => (i < 0 ? '' : (cells[i] as string).trim())
  const dateAt = (
    cells: string[],
    i: number,
    line: number,
    field: StatusField,
    required: boolean,
    min: string,
  ): DateCheck => {
    const raw = cellAt(cells, i)
    if (raw === '') return required ? { line, field, code: 'missing' } : null
    let d = parsedDates.get(raw)
    if (d === undefined) {
      d = parseFileDate(raw)
      parsedDates.set(raw, d)
    }
    if (d && d >= min && d <= today) return d
    const shown = field === 'birthDate' || textProblem(raw) ? {} : { detail: raw.slice(0, 20) }
    return { line, field, code: 'bad_date', ...shown }
  }
  const isBad = (d: DateCheck): d is BadLine => d !== null && typeof d === 'object'
  const check = (line: number, cells: string[]) => {
    if (cells.length !== width) {
      bad.push({ line, field: 'row', code: 'cell_count', detail: `${cells.length}/${width}` })
      return
    }
    const badBefore = bad.length
    const rawId = cellAt(cells, iId)
    // The common case, 23 plain digits, without the folding the spoken forms need.
    const plainId = PLAIN_ID.test(rawId) && !SAME_DIGIT.test(rawId)
    const idProblem = plainId ? null : applicationFormIdProblem(rawId)
    if (idProblem) bad.push({ line, field: 'formId', code: 'bad_form_id', detail: idProblem.code })
    const word = cellAt(cells, iStatus)
    let status = known.get(word)
    if (status === undefined && !known.has(word)) {
      status = words.get(wordKey(word))
      known.set(word, status)
    }
    if (!status) {
      if (word === '') bad.push({ line, field: 'status', code: 'missing' })
      else if (textProblem(word)) bad.push({ line, field: 'status', code: 'bad_text' })
      else {
        bad.push({ line, field: 'status', code: 'unknown_status', detail: word })
        const key = wordKey(word)
        const u = unknown.get(key)
        if (u) u.count++
        else unknown.set(key, { word, count: 1, firstLine: line })
      }
    }
    const statusDate = dateAt(cells, iStatusDate, line, 'statusDate', true, FIRST_STATUS_DATE)
    const appliedOn = dateAt(cells, iApplied, line, 'appliedOn', false, FIRST_STATUS_DATE)
    const noticeSentOn = dateAt(cells, iNotice, line, 'noticeSentOn', false, FIRST_STATUS_DATE)
    const birthDate = dateAt(cells, iBirth, line, 'birthDate', false, '1900-01-01')
    if (isBad(statusDate)) bad.push(statusDate)
    if (isBad(appliedOn)) bad.push(appliedOn)
    if (isBad(noticeSentOn)) bad.push(noticeSentOn)
    if (isBad(birthDate)) bad.push(birthDate)
    const method = cellAt(cells, iMethod)
    if (method) {
      let badMethod = methods.get(method)
      if (badMethod === undefined) {
        badMethod = textProblem(method) !== null || method.length > 40
        methods.set(method, badMethod)
      }
      if (badMethod) bad.push({ line, field: 'method', code: 'bad_text' })
    }
    const rawKana = cellAt(cells, iKana)
    const kana = KATAKANA_ONLY.test(rawKana) ? rawKana : toKatakana(rawKana).trim()
    if (kana && (!KANA.test(kana) || kana.length > 60))
      bad.push({ line, field: 'nameKana', code: 'bad_kana' })
    if (bad.length > badBefore || !status || typeof statusDate !== 'string') return
    const row: StatusRow = {
      line,
      formId: plainId ? rawId : normaliseApplicationFormId(rawId),
      status,
      statusDate,
      appliedOn: appliedOn as LocalDate | null,
      method: method || null,
      nameKana: kana || null,
      birthDate: birthDate as LocalDate | null,
      noticeSentOn: noticeSentOn as LocalDate | null,
    }
    const first = seen.get(row.formId)
    if (first) {
      if (first.status === row.status && first.statusDate === row.statusDate) repeated++
      else bad.push({ line, field: 'formId', code: 'duplicate_id', detail: String(first.line) })
      return
    }
    rows.push(row)
    seen.add(rows.length - 1)
  }
  const result = () => ({ rows, bad, unknownWords: [...unknown.values()], repeated })
  return { check, result }
}
