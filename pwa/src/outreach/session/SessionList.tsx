import { tokyoDate } from '@madoguchi/shared'
import { useLiveQuery } from 'dexie-react-hooks'
import { useT } from '../../app/i18n'
import { db } from '../../db/schema'
import { useFormatDate } from '../format'
import { openSession } from '../place'
import { siteName, useReference } from '../reference'
import { NewSessionForm } from './NewSessionForm'
import { PlannedSessions } from './PlannedSessions'
import { readVisitorTallies } from './visitors'

/** 実施回: today's sessions first, then the rest newest first, and a form to start a new one. */
export function SessionList() {
  const t = useT()
  const reference = useReference()
  const formatDate = useFormatDate()
  const today = tokyoDate(Date.now())
  const sessions = useLiveQuery(async () => {
    const all = await db.outreachSessions.orderBy('date').reverse().toArray()
    // Visitors already sent and purged still count: the tablet shows the people served that day.
    const tallies = await readVisitorTallies(all.map((s) => s.id))
    return all.map((session) => ({ session, visitors: tallies.get(session.id)?.served ?? 0 }))
  }, [])

  return (
    <div className="outreach-columns">
      <section className="panel" aria-labelledby="sessions-title" data-testid="session-list">
        <h2 className="section-title" id="sessions-title">
          {t('outreach.sessions.title')}
        </h2>
        {sessions?.length === 0 && <p className="muted">{t('outreach.sessions.none')}</p>}
        <ul className="list">
          {sessions?.map(({ session, visitors }) => (
            <li key={session.id}>
              <button
                type="button"
                className="option-button list-button"
                data-testid="session-open"
                onClick={() => openSession(session.id)}
              >
                <span className="list-main">
                  {session.date === today && <span className="badge">{t('outreach.sessions.today')}</span>}
                  {formatDate(session.date)}
                </span>
                <span>{siteName(reference, session.siteId)}</span>
                <span className="muted" data-testid="session-visitors" data-count={visitors}>
                  {t('outreach.sessions.visitors', { count: visitors })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <div className="outreach-stack">
        <PlannedSessions today={today} />
        <NewSessionForm today={today} />
      </div>
    </div>
  )
}
