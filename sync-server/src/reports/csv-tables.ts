import {
  type MonthlyReport,
  REPORT_TABLES,
  type ReportTableName,
  type TableTarget,
  translate,
} from '@madoguchi/shared'
import type { CsvColumn, CsvRow } from '../csv/writer'

/** The CSV files are in Japanese, whatever language the reader's desk is in: the city reads them. */
const FILE: TableTarget = { to: 'csv', lang: 'ja', t: (key, params) => translate('ja', key, params) }

/**
 * A table of the report as a CSV: the one declaration the page reads too (shared/src/reports/
 * tables.ts), with its file headings and typed columns (csv/writer.ts says how each kind is
 * written). Instants are passed as they are; the writer puts them on a Tokyo clock.
 */
export function reportCsv(
  name: ReportTableName,
  report: MonthlyReport,
): { columns: CsvColumn[]; rows: CsvRow[] } {
  const table = REPORT_TABLES[name](report, FILE)
  return { columns: table.columns.map((c) => ({ name: c.head, kind: c.kind })), rows: table.rows }
}
