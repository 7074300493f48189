import { type LocalDate, type SchedulePlanItem, upcomingPlans } from '@madoguchi/shared'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useT } from '../../app/i18n'
import { db } from '../../db/schema'
import { createSession } from '../create'
import { useFormatDate } from '../format'
import { openSession } from '../place'
import { siteName, useReference } from '../reference'

/**
 * 実施日程 on the tablet: today's and upcoming planned sessions, as the last sync brought them. One tap
 * starts today's plan (site, date and staff from the plan, and its id as `plannedId`); a plan already
 * started on this tablet opens its session instead, so a second tap never makes a second session.
 * Works offline from what is stored; a session with no plan is still started with the form beside it.
 */
export function PlannedSessions({ today }: { today: LocalDate }) {
  const t = useT()
  const reference = useReference()
  const formatDate = useFormatDate()
  const [error, setError] = useState<string | null>(null)
  const plans = useLiveQuery(async () => {
    const [all, sessions] = await Promise.all([db.schedule.toArray(), db.outreachSessions.toArray()])
    const started = new Map(sessions.filter((s) => s.plannedId).map((s) => [s.plannedId as string, s.id]))
    return upcomingPlans(all, today).map((plan) => ({ plan, sessionId: started.get(plan.id) }))
  }, [today])

  async function start(plan: SchedulePlanItem) {
    setError(null)
    try {
      const session = await createSession(plan.siteId, plan.date, plan.staffNames, plan.id)
      openSession(session.id)
    } catch {
      setError(t('outreach.save.failed'))
    }
  }

  return (
    <section className="panel" aria-labelledby="plans-title" data-testid="planned-sessions">
      <h2 className="section-title" id="plans-title">
        {t('outreach.plans.title')}
      </h2>
      <div className="form-alert" role="alert">
        {error}
      </div>
      {plans?.length === 0 && <p className="muted">{t('outreach.plans.none')}</p>}
      <ul className="list">
        {plans?.map(({ plan, sessionId }) => (
          <li key={plan.id} data-testid="planned-session" data-plan-id={plan.id}>
            <button
              type="button"
              className="option-button list-button"
              data-testid="plan-start"
              disabled={plan.date !== today && !sessionId}
              onClick={() => (sessionId ? openSession(sessionId) : void start(plan))}
            >
              <span className="list-main">
                {plan.date === today && <span className="badge">{t('outreach.sessions.today')}</span>}
                {formatDate(plan.date)} {plan.startTime}〜{plan.endTime}
              </span>
              <span>{siteName(reference, plan.siteId)}</span>
              {plan.staffNames.length > 0 && <span className="muted">{plan.staffNames.join('、')}</span>}
              {plan.note && <span className="muted">{plan.note}</span>}
              <span className="plan-action">
                {sessionId
                  ? t('outreach.plans.started')
                  : plan.date === today
                    ? t('outreach.plans.start')
                    : t('outreach.plans.notToday')}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
