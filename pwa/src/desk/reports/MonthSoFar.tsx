import { formatMmSs, formatRate, type MonthSoFarFigures, type MonthSpan, recordDate } from '@madoguchi/shared'
import { useT } from '../../app/i18n'
import { useRefreshing } from '../../app/useRefreshing'
import { reportsApi } from './api'

/** The month's figures move with every call, but not by the second: asked again every minute. */
const REFRESH_MS = 60_000

type Row = [id: string, label: string, value: (f: MonthSoFarFigures) => string | number]

/**
 * The month so far against the same days of the previous month (day 1 to today, day 1 to the same
 * day; a shorter previous month whole), as a table: each figure formatted as the report formats it.
 */
export function MonthSoFar({ lang }: { lang: 'ja' | 'en' }) {
  const t = useT()
  const { data, problem } = useRefreshing(reportsApi.monthSoFar, REFRESH_MS)
  if (!data) return problem ? <p role="alert">{problem}</p> : null
  const { current, previous } = data
  const rows: Row[] = [
    ['calls', t('reports.month.calls'), (f) => f.calls],
    ['rate', t('reports.month.answerRate'), (f) => formatRate(f.answerRate)],
    ['fcr', t('reports.month.fcr'), (f) => formatRate(f.firstContactResolution)],
    ['talk', t('reports.month.talk'), (f) => formatMmSs(f.averageTalkSeconds)],
    ['complaints', t('reports.month.complaints'), (f) => f.complaints],
    ['made', t('reports.month.bookingsMade'), (f) => f.bookingsMade],
    ['attended', t('reports.month.bookingsAttended'), (f) => f.bookingsAttended],
  ]
  const span = (s: MonthSpan) =>
    t('range.between', { from: recordDate(s.from, lang), to: recordDate(s.to, lang) })
  return (
    <section className="rp-trends" aria-labelledby="rp-month-title" data-testid="dash-month">
      <h3 id="rp-month-title">{t('reports.month.title')}</h3>
      {problem && <p role="alert">{problem}</p>}
      <table className="rp-table rp-trends-table" data-testid="dash-month-table">
        <thead>
          <tr>
            <th scope="col">{t('reports.month.figure')}</th>
            <th scope="col" data-testid="dash-month-current">
              {t('reports.month.current', { span: span(current) })}
            </th>
            <th scope="col" data-testid="dash-month-previous">
              {t('reports.month.previous', { span: span(previous) })}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([id, label, value]) => (
            <tr key={id} data-figure={id}>
              <th scope="row">{label}</th>
              <td>{value(current.figures)}</td>
              <td>{value(previous.figures)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted rp-small">
        {previous.short
          ? t('reports.month.shortNote', { last: recordDate(previous.to, lang) })
          : t('reports.month.note')}
      </p>
    </section>
  )
}
