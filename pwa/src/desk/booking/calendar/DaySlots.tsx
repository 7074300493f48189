import type { MonthView } from '@madoguchi/shared'
import { useLang, useT } from '../../../app/i18n'
import { navigate } from '../../../app/navigation'
import { dayListPath } from '../../../app/router'
import { dateLabel } from '../format'
import type { DayCell } from './month-grid'

type Day = MonthView['days'][number]

/** One day's slots: time, windows, booked, held and what remains. */
export function DaySlots({ day, cell }: { day: Day | undefined; cell: DayCell | undefined }) {
  const t = useT()
  const lang = useLang((s) => s.lang)
  if (!day || !cell) return null
  const path = dayListPath(day.date)
  return (
    <section className="cal-dayslots" data-testid="day-slots" aria-labelledby="cal-day-title">
      <h2 id="cal-day-title">{dateLabel(day.date, lang)}</h2>
      {cell.note && <p className="muted">{cell.note}</p>}
      {!day.open ? (
        <p>{t(`desk.calendar.closed.${cell.closed ?? 'weekday'}`)}</p>
      ) : (
        <>
          <p>
            <a
              href={path}
              className="no-print"
              onClick={(event) => {
                event.preventDefault()
                navigate(path)
              }}
            >
              {t('desk.calendar.dayList')}
            </a>
          </p>
          <table className="table cal-slots">
            <thead>
              <tr>
                <th scope="col">{t('desk.day.time')}</th>
                <th scope="col">{t('desk.calendar.capacityShort')}</th>
                <th scope="col">{t('desk.calendar.booked')}</th>
                <th scope="col">{t('desk.calendar.held')}</th>
                <th scope="col">{t('desk.calendar.remaining')}</th>
              </tr>
            </thead>
            <tbody>
              {day.slots.map((s) => (
                <tr key={s.time} className={s.remaining === 0 ? 'cal-full' : undefined}>
                  <td>{s.time}</td>
                  <td>{s.capacity}</td>
                  <td>{s.booked}</td>
                  <td>{s.held}</td>
                  <td>{s.remaining}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}
