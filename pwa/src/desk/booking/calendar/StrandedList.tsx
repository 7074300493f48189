import { useLang, useT } from '../../../app/i18n'
import { BookingContactCells } from '../BookingContactCells'
import { dateLabel } from '../format'
import { useBookingTypes } from '../useBookingTypes'
import type { Stranded } from './useCalendarEditor'

/** The bookings a refused change would strand, so the supervisor can move them or adjust the change. */
export function StrandedList({ bookings }: { bookings: Stranded }) {
  const t = useT()
  const lang = useLang((s) => s.lang)
  const types = useBookingTypes()
  return (
    <div className="form-alert cal-stranded" role="alert" data-testid="stranded">
      <p>{t('desk.calendar.stranded', { count: bookings.length })}</p>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('desk.calendar.date')}</th>
              <th scope="col">{t('desk.day.time')}</th>
              <th scope="col">{t('desk.detail.ref')}</th>
              <th scope="col">{t('desk.person.name')}</th>
              <th scope="col">{t('desk.callbacks.phone')}</th>
              <th scope="col">{t('desk.detail.type')}</th>
            </tr>
          </thead>
          <tbody>
            {bookings.map((b) => (
              <tr key={b.id}>
                <td>{dateLabel(b.date, lang)}</td>
                <BookingContactCells booking={b} types={types} lang={lang} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{t('desk.calendar.strandedHint')}</p>
    </div>
  )
}
