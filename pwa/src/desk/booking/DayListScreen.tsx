import type { DayList } from '@madoguchi/shared'
import { formatRef, isLocalDate } from '@madoguchi/shared'
import { useEffect, useState } from 'react'
import { errorText } from '../../app/errors'
import { useLang, useT } from '../../app/i18n'
import { navigate, usePathname } from '../../app/navigation'
import { dayOfPath, PATHS } from '../../app/router'
import { PageTitle } from '../../ui/PageTitle'
import { bookingApi } from './api'
import { dateLabel, typeLabel } from './format'
import { useBookingTypes } from './useBookingTypes'
import './desk-booking.css'
import './print.css'

/** The counter's list of one day's bookings, in time order, printable on A4. */
export function DayListScreen() {
  const t = useT()
  const lang = useLang((s) => s.lang)
  const types = useBookingTypes()
  const date = dayOfPath(usePathname())
  const [list, setList] = useState<DayList | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    if (!date || !isLocalDate(date)) return
    setList(null)
    bookingApi
      .day(date)
      .then(setList)
      .catch((error) => setProblem(errorText(t, error)))
  }, [date, t])

  if (!date || !isLocalDate(date)) return <p className="form-alert">{t('desk.day.badDate')}</p>
  const live = list?.bookings.filter((b) => b.status !== 'cancelled') ?? []
  return (
    <section className="screen day-list" data-testid="day-list">
      <PageTitle title={t('desk.day.title', { date: dateLabel(date, lang) })} />
      <div className="actions no-print">
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t('desk.day.print')}
        </button>
        <button type="button" className="button" onClick={() => navigate(PATHS.deskBookings)}>
          {t('desk.day.back')}
        </button>
      </div>
      {problem && <p className="form-alert">{problem}</p>}
      {!list && !problem && <p className="loading">{t('loading')}</p>}
      {list && (
        <table className="table">
          <caption>{t('desk.day.count', { count: live.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('desk.day.time')}</th>
              <th scope="col">{t('desk.detail.ref')}</th>
              <th scope="col">{t('desk.person.name')}</th>
              <th scope="col">{t('desk.person.kana')}</th>
              <th scope="col">{t('desk.detail.type')}</th>
              <th scope="col">{t('desk.detail.proxy')}</th>
              <th scope="col">{t('desk.day.status')}</th>
            </tr>
          </thead>
          <tbody>
            {live.map((b) => (
              <tr key={b.id}>
                <td>
                  {b.time}–{b.endTime}
                </td>
                <td className="mono">{formatRef(b.ref)}</td>
                <td>{b.person.name}</td>
                <td>{b.person.kana}</td>
                <td>{typeLabel(types, b.type, lang)}</td>
                <td>{b.proxy ? t('desk.detail.yes') : ''}</td>
                <td>{t(`booking.status.${b.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
