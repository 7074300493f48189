import { formatRef, itemsToBring, spellRefForPhone } from '@madoguchi/shared'
import { useLang } from '../../app/i18n'
import { dateTimeLabel, typeLabel } from './format'
import type { BookingDesk } from './useBookingDesk'
import { useCounterContact } from './useCounterContact'
import { partyOf } from './useOpenBooking'

/**
 * The printed confirmation (確認票): hidden on screen, the only thing on the A4 page when printed
 * (print.css). One block per person booked in the call.
 */
export function PrintConfirmation({ desk }: { desk: BookingDesk }) {
  const { t, open, types } = desk
  const lang = useLang((s) => s.lang)
  const contact = useCounterContact()
  const detail = open.detail
  if (!detail) return null
  const bookings = partyOf(detail).filter((b) => b.status === 'booked')
  if (bookings.length === 0) return null
  return (
    <div className="print-only print-confirmation" data-testid="print-confirmation">
      <h1>{t('desk.print.title')}</h1>
      {bookings.map((b) => {
        const type = types.find((x) => x.code === b.type)
        return (
          <section key={b.id} className="print-block">
            <p className="print-ref">
              {t('desk.detail.ref')}: <strong>{formatRef(b.ref)}</strong>
            </p>
            <p className="muted">{spellRefForPhone(b.ref, lang)}</p>
            <dl className="facts">
              <div>
                <dt>{t('desk.detail.when')}</dt>
                <dd>{dateTimeLabel(b.date, b.time, lang)}</dd>
              </div>
              <div>
                <dt>{t('desk.detail.type')}</dt>
                <dd>{typeLabel(types, b.type, lang)}</dd>
              </div>
              <div>
                <dt>{t('desk.person.name')}</dt>
                <dd>
                  {b.person.name}（{b.person.kana}）
                </dd>
              </div>
            </dl>
            {type && (
              <>
                <h2>{t('desk.readBack.bring')}</h2>
                <ul>
                  {itemsToBring(type, b.proxy, lang).map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              </>
            )}
          </section>
        )
      })}
      <section data-testid="print-contact">
        <h2>{t('desk.print.contact')}</h2>
        <p>{contact.place}</p>
        <p>{contact.address}</p>
        <p>
          {t('desk.calendar.contactPhone')}: {contact.phone}
        </p>
      </section>
      <p className="print-foot">{t('desk.print.foot')}</p>
    </div>
  )
}
