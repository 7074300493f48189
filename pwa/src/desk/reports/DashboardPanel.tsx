import { formatMmSs, formatRate } from '@madoguchi/shared'
import { useLang, useT } from '../../app/i18n'
import { useRefreshing } from '../../app/useRefreshing'
import { reportsApi } from './api'
import { Heatmap } from './Heatmap'
import { MonthSoFar } from './MonthSoFar'
import { WeeklyTrends } from './WeeklyTrends'
import './reports.css'

/** How often the panel asks again while it is open. */
const REFRESH_MS = 15_000

/** The supervisor's compact panel on the desk home: today so far, refreshing itself. */
export function DashboardPanel() {
  const t = useT()
  const lang = useLang((s) => s.lang)
  const { data: d, problem } = useRefreshing(reportsApi.today, REFRESH_MS)
  const cells: [string, string | number, string, boolean?][] = d
    ? [
        [t('reports.dashboard.calls'), d.calls, 'calls'],
        [t('reports.dashboard.answerRate'), formatRate(d.answerRate), 'rate'],
        [t('reports.dashboard.talk'), formatMmSs(d.averageTalkSeconds), 'talk'],
        [t('reports.dashboard.escalations'), d.openEscalations, 'escalations'],
        [t('reports.dashboard.overdue'), d.overdueEscalations, 'overdue', d.overdueEscalations > 0],
        [t('reports.dashboard.complaints'), d.openComplaints, 'complaints'],
        [t('reports.dashboard.bookings'), `${d.bookingsAttended} / ${d.bookingsToday}`, 'bookings'],
      ]
    : []
  return (
    <section className="rp-dashboard" aria-labelledby="rp-dash" data-testid="dashboard-panel">
      <h2 id="rp-dash">{t('reports.dashboard.title')}</h2>
      {problem && <p role="alert">{problem}</p>}
      <dl>
        {cells.map(([label, value, id, alert]) => (
          <div key={id} className={alert ? 'rp-alert' : undefined}>
            <dt>{label}</dt>
            <dd data-testid={`dash-${id}`}>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="muted rp-small">{t('reports.dashboard.rateNote')}</p>
      <MonthSoFar lang={lang} />
      {d && <Heatmap cells={d.heatmap} lang={lang} />}
      <WeeklyTrends lang={lang} />
    </section>
  )
}
