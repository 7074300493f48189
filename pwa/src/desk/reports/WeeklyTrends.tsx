import { CATEGORIES, formatRate, type LocalDate, recordDate, type WeekTrend } from '@madoguchi/shared'
import { useT } from '../../app/i18n'
import { useRefreshing } from '../../app/useRefreshing'
import { reportsApi } from './api'
import { Bars } from './Bars'

/** Weeks change slowly: asked again every five minutes, not with today's figures. */
const REFRESH_MS = 5 * 60_000

const short = (date: LocalDate) => `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`

/**
 * The supervisor's weekly trends under today's figures: calls per week as plain SVG bars (answered in
 * the brand colour over the unanswered rest), then the same weeks as a table — the chart's accessible
 * form, with the answer rate and first-contact resolution — and calls per category per week.
 */
export function WeeklyTrends({ lang }: { lang: 'ja' | 'en' }) {
  const t = useT()
  const { data, problem } = useRefreshing(reportsApi.trends, REFRESH_MS)
  if (!data) return problem ? <p role="alert">{problem}</p> : null
  const { weeks } = data
  const used = CATEGORIES.filter((c) => weeks.some((w) => (w.categories[c.code] ?? 0) > 0))
  const weekLabel = (w: WeekTrend) =>
    w.current
      ? t('reports.trends.weekOfNow', { from: recordDate(w.from, lang), now: t('reports.trends.thisWeek') })
      : t('reports.trends.weekOf', { from: recordDate(w.from, lang) })
  return (
    <section className="rp-trends" aria-labelledby="rp-trends-title" data-testid="dash-trends">
      <h3 id="rp-trends-title">{t('reports.trends.title', { weeks: weeks.length })}</h3>
      {problem && <p role="alert">{problem}</p>}
      <Bars
        testId="dash-trends-chart"
        className="rp-trends-chart"
        width={480}
        height={140}
        pad={20}
        gap={4}
        bars={weeks.map((w) => ({ key: w.from, total: w.calls, part: w.answered, label: short(w.from) }))}
        title={t('reports.trends.chart', {
          max: Math.max(0, ...weeks.map((w) => w.calls)),
          current: weeks[weeks.length - 1]?.calls ?? 0,
        })}
      />
      <table className="rp-table rp-trends-table" data-testid="dash-trends-table">
        <thead>
          <tr>
            <th scope="col">{t('reports.trends.week')}</th>
            <th scope="col">{t('reports.trends.calls')}</th>
            <th scope="col">{t('reports.trends.answerRate')}</th>
            <th scope="col">{t('reports.trends.fcr')}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.from} data-week={w.from}>
              <th scope="row">{weekLabel(w)}</th>
              <td>{w.calls}</td>
              <td>{formatRate(w.answerRate)}</td>
              <td>{formatRate(w.firstContactResolution)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="rp-scroll">
        <table className="rp-table rp-trends-table" data-testid="dash-trends-categories">
          <caption>{t('reports.trends.categories')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.trends.category')}</th>
              {weeks.map((w) => (
                <th key={w.from} scope="col" aria-label={weekLabel(w)}>
                  {short(w.from)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {used.map((c) => (
              <tr key={c.code}>
                <th scope="row">{c.label[lang]}</th>
                {weeks.map((w) => (
                  <td key={w.from}>{w.categories[c.code] || ''}</td>
                ))}
              </tr>
            ))}
            {used.length === 0 && (
              <tr>
                <td colSpan={weeks.length + 1}>{t('reports.trends.none')}</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <p className="muted rp-small">{t('reports.trends.note')}</p>
    </section>
  )
}
