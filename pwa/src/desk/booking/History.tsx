import { type BookingEvent, formatRef, isLocalDate, type Lang, recordStamp } from '@madoguchi/shared'
import { useLang, useT } from '../../app/i18n'
import { dateTimeLabel, spokenDateTime } from './format'
import type { BookingDesk } from './useBookingDesk'

/** What this panel takes from the booking workspace: no more. */
type HistoryDesk = Pick<BookingDesk, 't' | 'open' | 'openBooking'>

function when(at: string, lang: 'ja' | 'en'): string {
  return recordStamp(at, lang)
}

/** A move's 'from' and 'to' ('2026-12-03 10:15') as the operator would say them. */
function placeLabel(value: string, lang: Lang): string {
  const [date, time] = value.split(' ')
  return date && time && isLocalDate(date) ? spokenDateTime(date, time, lang) : value
}

function EventLine({ event }: { event: BookingEvent }) {
  const t = useT()
  const lang = useLang((s) => s.lang)
  const detail = event.detail ?? {}
  return (
    <li className="event" data-action={event.action}>
      <span className="event-action">{t(`booking.event.${event.action}`)}</span>
      <span className="muted">{when(event.at, lang)}</span>
      <span>{event.actorName ?? t('desk.history.system')}</span>
      {detail.from && detail.to && (
        <span>{`${placeLabel(detail.from, lang)} → ${placeLabel(detail.to, lang)}`}</span>
      )}
      {detail.reason && <span>{detail.reason}</span>}
    </li>
  )
}

/** The booking's history (who did what, when) and the others booked in the same call. */
export function History({ desk }: { desk: HistoryDesk }) {
  const { t, open } = desk
  const lang = useLang((s) => s.lang)
  const detail = open.detail
  if (!detail) return null
  const others = detail.group.filter((b) => b.id !== detail.booking.id)
  return (
    <div className="panel">
      <h2 className="panel-title">{t('desk.history.title')}</h2>
      <ol className="history" data-testid="booking-history">
        {detail.events.map((event, i) => (
          <EventLine key={`${event.at}-${i.toString()}`} event={event} />
        ))}
      </ol>
      {others.length > 0 && (
        <>
          <h3 className="panel-subtitle">{t('desk.group.title')}</h3>
          <ul className="group-list">
            {others.map((b) => (
              <li key={b.id}>
                <button type="button" className="link-button" onClick={() => desk.openBooking(b.id)}>
                  {formatRef(b.ref)}
                </button>{' '}
                {b.person.name} · {dateTimeLabel(b.date, b.time, lang)} · {t(`booking.status.${b.status}`)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
