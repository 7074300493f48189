import './review.css'
import { useState } from 'react'
import { errorText } from '../../app/errors'
import { useT } from '../../app/i18n'
import { dayText, stampText } from '../../ui/dates'
import { DeviceTable } from '../devices/DeviceTable'
import { SessionDetail } from './SessionDetail'
import { useReviewSessions } from './useReview'

/**
 * The office's view of the pop-up sessions: a table of the sessions that arrived from the tablets,
 * then one session's intakes, notes and photos. Every load is audited on the server.
 */
export function OutreachReview() {
  const t = useT()
  const [open, setOpen] = useState<string | null>(null)
  if (open) return <SessionDetail id={open} onBack={() => setOpen(null)} />
  return (
    <section className="review" data-testid="outreach-review" aria-labelledby="review-title">
      <h2 id="review-title">{t('review.title')}</h2>
      <p className="muted">{t('review.lead')}</p>
      <SessionTable onOpen={setOpen} />
      <h3>{t('devices.title')}</h3>
      <p className="muted">{t('devices.lead')}</p>
      <DeviceTable />
    </section>
  )
}

function SessionTable({ onOpen }: { onOpen: (id: string) => void }) {
  const t = useT()
  const sessions = useReviewSessions()
  if (sessions.state === 'loading') return <p role="status">{t('loading')}</p>
  if (sessions.state === 'error') return <p role="alert">{errorText(t, sessions.error)}</p>
  if (sessions.data.sessions.length === 0) return <p>{t('review.none')}</p>
  return (
    <div className="review-scroll">
      <table className="review-table" data-testid="review-sessions">
        <thead>
          <tr>
            <th scope="col">{t('review.col.date')}</th>
            <th scope="col">{t('review.col.site')}</th>
            <th scope="col">{t('review.col.staff')}</th>
            <th scope="col">{t('review.col.intakes')}</th>
            <th scope="col">{t('review.col.complete')}</th>
            <th scope="col">{t('review.col.incomplete')}</th>
            <th scope="col">{t('review.col.notes')}</th>
            <th scope="col">{t('review.col.photos')}</th>
            <th scope="col">{t('review.col.received')}</th>
            <th scope="col">{t('review.col.state')}</th>
            <th scope="col">{t('review.col.corrections')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {sessions.data.sessions.map((s) => (
            <tr key={s.id} data-testid="review-session-row">
              <td className="nowrap">{dayText(s.date)}</td>
              <td>{s.siteName ?? s.siteId}</td>
              <td>{s.staffNames.join('、')}</td>
              <td className="num">{s.intakes}</td>
              <td className="num">{s.complete}</td>
              <td className={s.incomplete > 0 ? 'num review-missing' : 'num'}>{s.incomplete}</td>
              <td className="num">{s.notes}</td>
              <td className="num">{s.photos}</td>
              <td className="nowrap">{stampText(s.lastReceivedAt)}</td>
              <td data-testid="review-session-ended">{s.ended ? t('review.ended') : t('review.running')}</td>
              <td className={s.openCorrections > 0 ? 'num review-missing' : 'num'}>{s.openCorrections}</td>
              <td>
                <button type="button" className="button" onClick={() => onOpen(s.id)}>
                  {t('review.open')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
