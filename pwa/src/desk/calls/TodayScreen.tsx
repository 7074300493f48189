import type { MessageKey } from '@madoguchi/shared'
import { useLang, useT } from '../../app/i18n'
import { useRefreshing } from '../../app/useRefreshing'
import { PageTitle } from '../../ui/PageTitle'
import { callsApi } from './api'
import { categoryLabel, talkLabel, whenLabel } from './format'

/** How often the supervisor's view of today asks again. */
const REFRESH_MS = 10_000

/** Today so far, refreshing itself: calls, answered, open escalations (overdue in red), open complaints. */
export function TodayScreen() {
  const t = useT()
  const lang = useLang((s) => s.lang)
  const { data: view, problem } = useRefreshing(callsApi.today, REFRESH_MS)
  const figures: [MessageKey, string | number, string?][] = view
    ? [
        ['calls.today.calls', view.calls],
        ['calls.today.answered', view.answered],
        ['calls.today.open', view.open],
        ['calls.today.resolved', view.resolved],
        ['calls.today.talk', talkLabel(view.talkSecondsAverage)],
        ['calls.today.escalations', view.openEscalations],
        ['calls.today.overdue', view.overdueEscalations, view.overdueEscalations ? 'overdue' : undefined],
        ['calls.today.complaints', view.openComplaints],
      ]
    : []
  return (
    <section className="screen screen-wide" data-testid="today-screen" aria-labelledby="today-title">
      <PageTitle id="today-title" title={t('calls.today.title')} />
      {problem && <p role="alert">{problem}</p>}
      <dl className="facts" data-testid="today-figures">
        {figures.map(([label, value, cls]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd className={cls} data-testid={`today-${label.split('.').at(-1)}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {view && (
        <table className="table">
          <tbody>
            {view.recent.map((c) => (
              <tr key={c.id}>
                <td>{whenLabel(c.ringingAt ?? c.answeredAt)}</td>
                <td>{categoryLabel(c.primary, lang)}</td>
                <td>{c.outcome ? t(`calls.outcome.${c.outcome}` as MessageKey) : t('calls.history.open')}</td>
                <td>{talkLabel(c.talkSeconds)}</td>
                <td>{c.operatorName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
