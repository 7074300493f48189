import { parseBirthDate, toKatakana } from '../booking/search-query'
import { isLocalDate, type LocalDate } from '../calendar/local-date'
import { applicationFormIdProblem, normaliseApplicationFormId } from '../text/form-id'
import { textProblem } from '../text/safe-text'
import { parseCsv } from './csv'
import { decodeAs, detectEncoding, type FileEncoding } from './encoding'
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
  const encoding = options.encoding ?? detectEncoding(bytes)
  if (!encoding) return { code: 'wrong_encoding' }
  const decoded = decodeAs(bytes, encoding)
  if (!decoded.ok) return { code: decoded.code }
  const parsed = parseCsv(decoded.text)
  if (parsed.unclosedQuoteAt !== null) return { code: 'unclosed_quote', line: parsed.unclosedQuoteAt }
  const [head, ...data] = parsed.records
  if (!head) return { code: 'empty' }
  const headers = head.cells.map((h) => h.trim())
  const mapping = options.mapping ?? {
    columns: guessedColumns(headers),
    words: defaultWords(),
  }
  const index = columnIndex(headers, mapping.columns)
  if ('code' in index) return index
  if (data.length === 0) return { code: 'header_only' }
  if (data.length > MAX_STATUS_ROWS) return { code: 'too_many_rows' }
  const checked = checkRows(data, headers.length, index, mapping, options.today)
  return { encoding, headers, mapping, guessed: options.mapping === null, dataRows: data.length, ...checked }
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

function checkRows(
  data: { line: number; cells: string[] }[],
  width: number,
  index: Index,
  mapping: SourceMapping,
  today: LocalDate,
) {
  const words = new Map(Object.entries(mapping.words).map(([w, code]) => [wordKey(w), code]))
  const rows: StatusRow[] = []
  const bad: BadLine[] = []
  const unknown = new Map<string, { word: string; count: number; firstLine: number }>()
  const seen = new Map<string, StatusRow>()
  let repeated = 0
  // A file repeats the same few status words, methods and dates thousands of times: each distinct
  // value is folded and checked once (bench:import).
  const known = new Map<string, StatusCode | undefined>()
  const wordOf = (word: string) => {
    if (!known.has(word)) known.set(word, words.get(wordKey(word)))
    return known.get(word)
  }
  const dates = new Map<string, LocalDate | null>()
  const methods = new Map<string, boolean>()
  const badMethod = (method: string) => {
    let bad = methods.get(method)
    if (bad === undefined) {
      bad = textProblem(method) !== null || method.length > 40
      methods.set(method, bad)
    }
    return bad
  }
  for (const { line, cells } of data) {
    if (cells.length !== width) {
      bad.push({ line, field: 'row', code: 'cell_count', detail: `${cells.length}/${width}` })
      continue
    }
    const cell = (field: StatusField) => {
      const at = index[field]
      return at === undefined ? '' : (cells[at] ?? '').trim()
    }
    const problems: BadLine[] = []
    const rawId = cell('formId')
    // The common case, 23 plain digits, without the folding the spoken forms need.
    const plainId = PLAIN_ID.test(rawId) && !SAME_DIGIT.test(rawId)
    const idProblem = plainId ? null : applicationFormIdProblem(rawId)
    if (idProblem) problems.push({ line, field: 'formId', code: 'bad_form_id', detail: idProblem.code })
    const word = cell('status')
    const status = wordOf(word)
    if (!status) {
      if (word === '') problems.push({ line, field: 'status', code: 'missing' })
      else if (textProblem(word)) problems.push({ line, field: 'status', code: 'bad_text' })
      else {
        problems.push({ line, field: 'status', code: 'unknown_status', detail: word })
        const key = wordKey(word)
        const u = unknown.get(key)
        if (u) u.count++
        else unknown.set(key, { word, count: 1, firstLine: line })
      }
    }
    const date = (field: StatusField, required: boolean, min: string): LocalDate | null => {
      const raw = cell(field)
      if (raw === '') {
        if (required) problems.push({ line, field, code: 'missing' })
        return null
      }
      let d = dates.get(raw)
      if (d === undefined) {
        d = parseFileDate(raw)
        dates.set(raw, d)
      }
      if (!d || d < min || d > today) {
        const shown = field === 'birthDate' || textProblem(raw) ? {} : { detail: raw.slice(0, 20) }
        problems.push({ line, field, code: 'bad_date', ...shown })
        return null
      }
      return d
    }
    const statusDate = date('statusDate', true, FIRST_STATUS_DATE)
    const appliedOn = date('appliedOn', false, FIRST_STATUS_DATE)
    const noticeSentOn = date('noticeSentOn', false, FIRST_STATUS_DATE)
    const birthDate = date('birthDate', false, '1900-01-01')
    const method = cell('method')
    if (method && badMethod(method)) problems.push({ line, field: 'method', code: 'bad_text' })
    const rawKana = cell('nameKana')
    const kana = KATAKANA_ONLY.test(rawKana) ? rawKana : toKatakana(rawKana).trim()
    if (kana && (!KANA.test(kana) || kana.length > 60))
      problems.push({ line, field: 'nameKana', code: 'bad_kana' })
    if (problems.length || !status || !statusDate) {
      bad.push(...problems)
      continue
    }
    const row: StatusRow = {
      line,
      formId: plainId ? rawId : normaliseApplicationFormId(rawId),
      status,
      statusDate,
      appliedOn,
      method: method || null,
      nameKana: kana || null,
      birthDate,
      noticeSentOn,
    }
    const first = seen.get(row.formId)
    if (first) {
      if (first.status === row.status && first.statusDate === row.statusDate) repeated++
      else bad.push({ line, field: 'formId', code: 'duplicate_id', detail: String(first.line) })
      continue
    }
    seen.set(row.formId, row)
    rows.push(row)
  }
  return { rows, bad, unknownWords: [...unknown.values()], repeated }
}
