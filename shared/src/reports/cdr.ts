import { z } from 'zod'
import { isLocalDate, type LocalDate } from '../calendar/local-date'
import { fromTokyo } from '../calendar/tokyo'
// The one RFC 4180 reader, shared with the status import (line numbers as the editor shows them).
import { parseCsv } from '../status/csv'
import type { CdrCall } from './reconcile'

/**
 * The telephone service's call-detail CSV (通話明細): one row per call, answered or not. Providers
 * name their columns differently, so a mapping (which header is which field) is chosen once per
 * provider and saved. The caller's number is deliberately not a field: the report never needs it,
 * so it is never read out of the file, held, stored or logged.
 */
export const CDR_FIELDS = ['line', 'start', 'answered', 'end'] as const
export type CdrField = (typeof CDR_FIELDS)[number]

const Header = z.string().trim().min(1).max(80)
export const CdrMapping = z.object({ line: Header, start: Header, answered: Header, end: Header })
export type CdrMapping = z.infer<typeof CdrMapping>

/** Header names seen in Japanese cloud PBX exports, by field, to suggest a first mapping. */
const GUESSES: Record<CdrField, RegExp> = {
  line: /回線|着信番号|受付番号|line|did|trunk/i,
  start: /開始|着信日時|着信時刻|start|ring/i,
  answered: /応答|受話|answer/i,
  end: /終了|切断|end|hang/i,
}

/** A mapping guessed from the header, field by field (a field without a likely column is left out). */
export function guessMapping(header: readonly string[]): Partial<CdrMapping> {
  const guess: Partial<CdrMapping> = {}
  const taken = new Set<string>()
  for (const field of ['answered', 'end', 'start', 'line'] as const) {
    const found = header.find((h) => !taken.has(h) && GUESSES[field].test(h))
    if (found) {
      guess[field] = found
      taken.add(found)
    }
  }
  return guess
}

const LOCAL_TIME = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/
const ZONED_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

/**
 * A time as telephone services write it. Without a zone it is a Tokyo clock time
 * ('2026/12/02 9:15:02', '2026-12-02 09:15'); with one ('2026-12-02T00:15:02Z') it is that instant.
 * Null for anything else: a bad time is a problem on that line, never a guess.
 */
export function parseCdrTime(text: string): number | null {
  const t = text.trim()
  if (ZONED_TIME.test(t)) {
    const ms = Date.parse(t)
    return Number.isFinite(ms) ? ms : null
  }
  const m = LOCAL_TIME.exec(t)
  if (!m) return null
  const [, y, mo, d, h, mi, s] = m
  const date = `${y}-${(mo as string).padStart(2, '0')}-${(d as string).padStart(2, '0')}`
  const hour = Number(h)
  const minute = Number(mi)
  const second = s === undefined ? 0 : Number(s)
  if (!isLocalDate(date) || hour > 23 || minute > 59 || second > 59) return null
  return fromTokyo(date as LocalDate, hour * 60 + minute) + second * 1000
}

/** A problem on one line of the file: its line number, the field, and the catalog code. */
export interface CdrProblem {
  line: number
  field: CdrField | 'row' | 'file'
  code: string
}

export interface CdrRow extends CdrCall {
  /** The file line it came from, for problems and the preview. */
  fileLine: number
}

/** Longest call believed: a row longer than a day is a broken row, not a call. */
const MAX_CALL_MS = 24 * 3_600_000
/** Line ids are short labels ('1', '0120-xx-xxxx 回線2'); anything long is a wrong column. */
const MAX_LINE_ID = 40

export interface CdrParse {
  header: string[]
  rows: CdrRow[]
  problems: CdrProblem[]
  /** Mapped columns the header does not have. */
  missing: CdrField[]
}

/** Reads and checks a whole file with a mapping. Nothing is imported unless `problems` is empty. */
export function readCdr(text: string, mapping: Partial<CdrMapping>): CdrParse {
  const { records, unclosedQuoteAt } = parseCsv(text)
  const header = records[0]?.cells.map((h) => h.trim()) ?? []
  const problems: CdrProblem[] = []
  if (unclosedQuoteAt !== null)
    problems.push({ line: unclosedQuoteAt, field: 'file', code: 'unclosed_quote' })
  if (records.length === 0)
    return { header, rows: [], problems: [{ line: 1, field: 'file', code: 'empty' }], missing: [] }
  const index = {} as Record<CdrField, number>
  const missing: CdrField[] = []
  for (const field of CDR_FIELDS) {
    const at = mapping[field] === undefined ? -1 : header.indexOf(mapping[field] as string)
    if (at === -1) missing.push(field)
    index[field] = at
  }
  if (missing.length > 0) {
    for (const field of missing) problems.push({ line: 1, field, code: 'missing_column' })
    return { header, rows: [], problems, missing }
  }
  const rows: CdrRow[] = []
  for (const record of records.slice(1)) {
    const at = (field: CdrField) => (record.cells[index[field]] ?? '').trim()
    const before = problems.length
    const line = at('line')
    if (record.cells.length !== header.length)
      problems.push({ line: record.line, field: 'row', code: 'column_count' })
    if (line === '' || line.length > MAX_LINE_ID)
      problems.push({ line: record.line, field: 'line', code: 'invalid_format' })
    const start = parseCdrTime(at('start'))
    const end = parseCdrTime(at('end'))
    const answeredText = at('answered')
    const answered = answeredText === '' || answeredText === '-' ? null : parseCdrTime(answeredText)
    if (start === null) problems.push({ line: record.line, field: 'start', code: 'bad_time' })
    if (end === null) problems.push({ line: record.line, field: 'end', code: 'bad_time' })
    if (answered === null && answeredText !== '' && answeredText !== '-')
      problems.push({ line: record.line, field: 'answered', code: 'bad_time' })
    if (start !== null && end !== null) {
      if (end < start) problems.push({ line: record.line, field: 'end', code: 'end_before_start' })
      else if (end - start > MAX_CALL_MS) problems.push({ line: record.line, field: 'end', code: 'too_long' })
      if (answered !== null && (answered < start || answered > end))
        problems.push({ line: record.line, field: 'answered', code: 'outside_call' })
    }
    if (problems.length === before)
      rows.push({
        fileLine: record.line,
        line,
        startedAt: start as number,
        answeredAt: answered,
        endedAt: end as number,
      })
  }
  if (records.length === 1) problems.push({ line: 1, field: 'file', code: 'no_rows' })
  return { header, rows, problems, missing }
}
