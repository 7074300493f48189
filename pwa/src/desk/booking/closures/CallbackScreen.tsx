import type { Callback, Closure } from '@madoguchi/shared'
import { useCallback, useEffect, useState } from 'react'
import { errorText } from '../../../app/errors'
import { useLang, useT } from '../../../app/i18n'
import { PATHS } from '../../../app/router'
import { PageTitle } from '../../../ui/PageTitle'
import { Crumbs } from '../../Crumbs'
import { bookingApi } from '../api'
import { BookingContactCells } from '../BookingContactCells'
import { dateLabel } from '../format'
import { useBookingTypes } from '../useBookingTypes'
import '../desk-booking.css'
import { stampText } from '../../../ui/dates'
import './closures.css'

/**
 * The call-back list of each emergency closure (臨時休業): who was booked on the closed day, the
 * number to call, and how far the desk got. Several operators may work one list: each answer
 * replaces the list with the server's, so a row another operator marked shows as marked.
 */
export function CallbackScreen() {
  const t = useT()
  const [closures, setClosures] = useState<Closure[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  const load = useCallback(async () => {
    try {
      setClosures((await bookingApi.closures()).closures)
      setProblem(null)
    } catch (error) {
      setProblem(errorText(t, error))
    }
  }, [t])
  useEffect(() => void load(), [load])

  const mark = async (closure: Closure, booking: Callback, outcome: 'reached' | 'not_reached') => {
    try {
      const next = await bookingApi.markCallback(closure.id, booking.id, outcome)
      setClosures((all) => all?.map((c) => (c.id === next.id ? next : c)) ?? null)
      setProblem(null)
    } catch (error) {
      setProblem(errorText(t, error))
    }
  }

  return (
    <section className="screen screen-wide" data-testid="callbacks" aria-labelledby="callbacks-title">
      <Crumbs
        trail={[
          { label: t('desk.bookings.title'), path: PATHS.deskBookings },
          { label: t('desk.callbacks.title'), path: PATHS.deskCallbacks },
        ]}
      />
      <PageTitle id="callbacks-title" title={t('desk.callbacks.title')} />
      <p className="lead">{t('desk.callbacks.lead')}</p>
      {problem && (
        <p className="form-alert" role="alert">
          {problem}
        </p>
      )}
      {closures === null && !problem && <p role="status">{t('loading')}</p>}
      {closures?.length === 0 && <p>{t('desk.callbacks.none')}</p>}
      {closures?.map((closure) => (
        <ClosureBlock key={closure.id} closure={closure} onMark={mark} />
      ))}
    </section>
  )
}

function ClosureBlock({
  closure,
  onMark,
}: {
  closure: Closure
  onMark: (closure: Closure, booking: Callback, outcome: 'reached' | 'not_reached') => void
}) {
  const t = useT()
  const lang = useLang((s) => s.lang)
  const types = useBookingTypes()
  const count = (outcome: Callback['outcome']) =>
    closure.callbacks.filter((c) => c.outcome === outcome).length
  return (
    <section className="callback-closure" data-testid="callback-closure" data-date={closure.date}>
      <h2>
        {t('desk.callbacks.closure', {
          date: dateLabel(closure.date, lang),
          reason: t(`desk.closure.reason.${closure.reason}`),
        })}
      </h2>
      {closure.note && <p>{closure.note}</p>}
      {closure.callbacks.length === 0 ? (
        <p className="muted">{t('desk.callbacks.empty')}</p>
      ) : (
        <>
          <p data-testid="callback-progress">
            {t('desk.callbacks.progress', {
              reached: count('reached'),
              total: closure.callbacks.length,
              notReached: count('not_reached'),
              pending: count('pending'),
            })}
          </p>
          <div className="table-scroll">
            <table className="table callback-table">
              <thead>
                <tr>
                  <th scope="col">{t('desk.day.time')}</th>
                  <th scope="col">{t('desk.detail.ref')}</th>
                  <th scope="col">{t('desk.person.name')}</th>
                  <th scope="col">{t('desk.callbacks.phone')}</th>
                  <th scope="col">{t('desk.detail.type')}</th>
                  <th scope="col">{t('desk.callbacks.status')}</th>
                  <th scope="col">{t('desk.callbacks.outcome')}</th>
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {closure.callbacks.map((b) => (
                  <tr key={b.id} data-testid="callback-row" data-outcome={b.outcome}>
                    <BookingContactCells booking={b} types={types} lang={lang} phoneTestId="callback-phone" />
                    <td>{t(`booking.status.${b.status}`)}</td>
                    <td>
                      <span className={b.outcome === 'reached' ? 'callback-ok' : undefined}>
                        {t(`desk.callbacks.outcome.${b.outcome}`)}
                      </span>
                      {b.attempts > 0 && (
                        <span className="muted callback-when">
                          {t('desk.callbacks.attempts', {
                            count: b.attempts,
                            at: stampText(b.lastCalledAt),
                            by: b.lastCalledBy ?? '',
                          })}
                        </span>
                      )}
                    </td>
                    <td>
                      <div className="callback-actions">
                        <button
                          type="button"
                          className="button"
                          data-testid="callback-reached"
                          onClick={() => onMark(closure, b, 'reached')}
                        >
                          {t('desk.callbacks.markReached')}
                        </button>
                        <button
                          type="button"
                          className="button"
                          data-testid="callback-not-reached"
                          onClick={() => onMark(closure, b, 'not_reached')}
                        >
                          {t('desk.callbacks.markNotReached')}
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}
