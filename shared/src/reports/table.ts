import type { Lang, MessageKey, Params } from '../i18n'
import { tokyoDateTimeText } from './format'
import type { MonthlyReport } from './schemas'

/**
 * How a cell is written. The CSV writer has one rule per kind (sync-server/src/csv/writer.ts: a
 * `code` keeps its leading zeros, a `datetime` goes on a Tokyo clock to the second); the page shows
 * a value as it is, except a `datetime`, which it shows on a Tokyo clock to the minute.
 */
export type CellKind = 'text' | 'code' | 'date' | 'datetime' | 'number'
export type Cell = string | number | null | undefined

/**
 * Where a table goes: the desk page, in the reader's language, or the CSV file for the city, in
 * Japanese. A column says here what it writes differently in the file.
 */
export interface TableTarget {
  to: 'page' | 'csv'
  lang: Lang
  t: (key: MessageKey, params?: Params) => string
}

export interface ReportColumn<Row> {
  key: string
  /** The heading from the message catalog (null: none), or [the page's, the file's] where they differ. */
  head: MessageKey | null | readonly [page: MessageKey | null, file: MessageKey]
  kind: CellKind
  cell: (row: Row, to: TableTarget) => Cell
  /** A column only the file has; the page leaves it out. */
  csvOnly?: true
}

/** One table of the report: the rows it takes from the report and its columns. */
export interface ReportTableSpec<Row> {
  rows: (report: MonthlyReport, to: TableTarget) => readonly Row[]
  columns: readonly ReportColumn<Row>[]
}

/** A table made for one target: headings in its language, a cell per column. */
export interface ResolvedTable {
  columns: { key: string; head: string; kind: CellKind }[]
  rows: Cell[][]
}

export type ReportTable = (report: MonthlyReport, to: TableTarget) => ResolvedTable

/** A page cell: the value as it is; an instant on a Tokyo clock to the minute ('2026-12-01 09:00'). */
function pageCell(kind: CellKind, value: Cell): Cell {
  return kind === 'datetime' ? tokyoDateTimeText(value).slice(0, 16) : value
}

/** A table declaration made into the one function both the page and the CSV writer call. */
export function reportTable<Row>(spec: ReportTableSpec<Row>): ReportTable {
  return (report, to) => {
    const file = to.to === 'csv'
    const cols = spec.columns.filter((c) => file || !c.csvOnly)
    const head = (c: ReportColumn<Row>) => {
      const key = Array.isArray(c.head) ? c.head[file ? 1 : 0] : c.head
      return key === null ? '' : to.t(key)
    }
    return {
      columns: cols.map((c) => ({ key: c.key, head: head(c), kind: c.kind })),
      rows: spec
        .rows(report, to)
        .map((row) => cols.map((c) => (file ? c.cell(row, to) : pageCell(c.kind, c.cell(row, to))))),
    }
  }
}
