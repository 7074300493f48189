import {
  CATEGORY_TIER_LABELS,
  type MonthlyReport,
  planTotals,
  REPORT_TABLES,
  type ReportTableName,
  type ResolvedTable,
  type TableTarget,
} from '@madoguchi/shared'
import { useMemo } from 'react'
import { useLang, useT } from '../../app/i18n'

type Props = { report: MonthlyReport }

/** The page as a table target: the reader's language (shared/src/reports/tables.ts declares the tables). */
function usePageTarget(): TableTarget {
  const t = useT()
  const lang = useLang((s) => s.lang) === 'en' ? 'en' : 'ja'
  return useMemo(() => ({ to: 'page', lang, t }), [lang, t])
}

function Head({ columns }: { columns: ResolvedTable['columns'] }) {
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <th key={c.key}>{c.head}</th>
        ))}
      </tr>
    </thead>
  )
}

/** A table of the report, or 該当なし when the month has nothing for it. */
export function ReportTable({ name, report }: Props & { name: ReportTableName }) {
  const to = usePageTarget()
  const { columns, rows } = REPORT_TABLES[name](report, to)
  if (rows.length === 0) return <p className="muted">{to.t('reports.none')}</p>
  return (
    <table className="rp-table" data-testid={`report-${name}-table`}>
      <Head columns={columns} />
      <tbody>
        {rows.map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows of a fixed report
          <tr key={i}>
            {row.map((cell, j) => (
              <td key={columns[j]?.key}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The figures of the month's own row that the browser tests read, by column. */
const FIGURE_TEST_IDS: Record<string, string> = {
  incoming: 'fig-incoming',
  answerRate: 'fig-answer-rate',
  fcr: 'fig-fcr',
  talk: 'fig-talk',
}

/** 応対実績: each row headed by its month, the month's own figures named for the tests. */
export function Summary({ report }: Props) {
  const { columns, rows } = REPORT_TABLES.summary(report, usePageTarget())
  return (
    <table className="rp-table" data-testid="report-summary-table">
      <Head columns={columns} />
      <tbody>
        {rows.map(([label, ...cells], i) => (
          <tr key={String(label)} data-testid={i === 0 ? 'report-figures' : undefined}>
            <th scope="row">{label}</th>
            {cells.map((cell, j) => {
              const key = columns[j + 1]?.key ?? ''
              return (
                <td key={key} data-testid={i === 0 ? FIGURE_TEST_IDS[key] : undefined}>
                  {cell}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** 区分別, and under it the calls of each tier by their main category. */
export function Categories({ report: r }: Props) {
  const lang = useLang((s) => s.lang) === 'en' ? 'en' : 'ja'
  return (
    <>
      <ReportTable name="categories" report={r} />
      <p className="muted">
        {Object.entries(r.byTier)
          .map(([tier, n]) => `${CATEGORY_TIER_LABELS[tier as keyof typeof CATEGORY_TIER_LABELS][lang]} ${n}`)
          .join('・')}
      </p>
    </>
  )
}

/**
 * 予定と実施: each planned session held or not (未実施), and pop-ups held without a plan (予定外).
 * A version finalised before the schedule existed has no such rows and shows nothing here.
 */
export function PlannedVsHeld({ report: r }: Props) {
  const t = useT()
  const rows = r.plannedVsHeld
  if (!rows) return null
  const totals = planTotals(rows)
  return (
    <div data-testid="report-plans">
      <h3>{t('reports.plans.title')}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('reports.plans.none')}</p>
      ) : (
        <>
          <p data-testid="report-plans-totals">
            {t('reports.plans.totals', {
              planned: totals.held + totals.not_held,
              held: totals.held,
              notHeld: totals.not_held,
              unplanned: totals.unplanned,
            })}
          </p>
          <ReportTable name="plans" report={r} />
        </>
      )}
    </div>
  )
}
