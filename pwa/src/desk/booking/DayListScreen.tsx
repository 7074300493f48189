import type { DayList } from '@madoguchi/shared'
import { addDays, formatRef, isLocalDate, tokyoDate } from '@madoguchi/shared'
import { useEffect, useState } from 'react'
import { errorText } from '../../app/errors'
import { useLang, useT } from '../../app/i18n'
import { navigate, usePathname } from '../../app/navigation'
import { dayListPath, dayOfPath, PATHS } from '../../app/router'
import { PageTitle } from '../../ui/PageTitle'
import { Crumbs } from '../Crumbs'
import { bookingApi } from './api'
import { dateLabel, typeLabel } from './format'
import { useBookingTypes } from './useBookingTypes'
import './desk-booking.css'
import './print.css'

/**
 * The counter's list of one day's bookings, in time order, printable on A4; previous / next day
 * beside the title. Cancellations stay in the list, struck through, so a caller asking about one is
 * answered from the same page (they are not counted and not printed).
 */
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

  const crumbs = [{ label: t('desk.bookings.title'), path: PATHS.deskBookings }]
  if (!date || !isLocalDate(date)) {
    // A mistyped or stale address: say so and offer today's list and the bookings screen.
    const today = tokyoDate(new Date())
    return (
      <section className="screen day-list" data-testid="day-list-bad-date">
        <Crumbs trail={crumbs} />
        <p className="form-alert">{t('desk.day.badDate')}</p>
        <div className="actions">
          <a
            className="button"
            href={dayListPath(today)}
            onClick={(event) => {
              event.preventDefault()
              navigate(dayListPath(today))
            }}
          >
            {t('desk.day.today')}
          </a>
          <a
            className="button"
            href={PATHS.deskBookings}
            onClick={(event) => {
              event.preventDefault()
              navigate(PATHS.deskBookings)
            }}
          >
            {t('desk.day.back')}
          </a>
        </div>
      </section>
    )
  }
  const live = list?.bookings.filter((b) => b.status !== 'cancelled') ?? []
  const step = (days: number) => dayListPath(addDays(date, days))
  return (
    <section className="screen day-list" data-testid="day-list">
      <Crumbs trail={[...crumbs, { label: dateLabel(date, lang), path: dayListPath(date) }]} />
      <PageTitle title={t('desk.day.title', { date: dateLabel(date, lang) })} />
      <nav className="actions no-print" aria-label={t('desk.day.steps')}>
        <a
          className="button"
          href={step(-1)}
          data-testid="day-prev"
          onClick={(event) => {
            event.preventDefault()
            navigate(step(-1))
          }}
        >
          ← {t('desk.day.prev')}
        </a>
        <a
          className="button"
          href={step(1)}
          data-testid="day-next"
          onClick={(event) => {
            event.preventDefault()
            navigate(step(1))
          }}
        >
          {t('desk.day.next')} →
        </a>
      </nav>
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
            {list.bookings.map((b) => (
              <tr
                key={b.id}
                className={b.status === 'cancelled' ? 'is-cancelled' : undefined}
                data-status={b.status}
              >
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
