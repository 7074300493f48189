import { type Booking, formatRef, itemsToBring, readBackScript, refReadings } from '@madoguchi/shared'
import { useLang } from '../../app/i18n'
import { cursorSlot, type Happened } from './flow'
import { spokenDateTime } from './format'
import type { BookingDesk } from './useBookingDesk'
import { partyOf } from './useOpenBooking'
import './read-back.css'

/** What this panel takes from the booking workspace: no more. */
type ReadBackDesk = Pick<BookingDesk, 't' | 'state' | 'open' | 'types' | 'setRef' | 'commands' | 'form'>

/**
 * The right column: what the operator reads aloud, so no sentence is composed from memory. Before
 * booking it offers the slot under the cursor and what to bring; after, the shared read-back script
 * with the reference spelled for the phone.
 */
export function ReadBack({ desk }: { desk: ReadBackDesk }) {
  const { t, state, open, types, setRef, commands } = desk
  const lang = useLang((s) => s.lang)
  const detail = state.mode === 'existing' ? open.detail : null
  const kind = state.happened?.kind ?? 'lookedUp'
  const shownBookings = detail ? readBackParty(partyOf(detail), state.happened) : []

  return (
    <aside className="panel" aria-labelledby="read-back-title" data-testid="read-back">
      <h2 className="panel-title" id="read-back-title" tabIndex={-1} ref={setRef('readBack')}>
        {t('desk.readBack.title')}
      </h2>
      {detail && shownBookings.length === 0 && <p className="muted">{t('desk.readBack.notLive')}</p>}
      {shownBookings.map((b) => (
        <div key={b.id}>
          <p className="ref-big" data-testid="read-back-ref">
            {formatRef(b.ref)}
          </p>
          <ol className="ref-spelled" aria-label={t('desk.readBack.spelled')}>
            {refReadings(b.ref).map((r, i) => (
              <li key={`${r.char}${i.toString()}`}>
                <span className="ref-char">{r.char}</span>
                <span className="ref-reading">{r[lang]}</span>
              </li>
            ))}
          </ol>
        </div>
      ))}
      {shownBookings.length > 0 && (
        <div className="script" data-testid="read-back-script">
          {readBackScript(
            kind,
            shownBookings.map((b) => ({ ...b, name: b.person.name })),
            types,
            lang,
          ).map((line, i) => (
            <p key={i.toString()}>{line}</p>
          ))}
        </div>
      )}
      {shownBookings.length > 0 && kind !== 'cancelled' && (
        <div className="actions">
          <button type="button" className="button" onClick={commands.printConfirmation}>
            {t('desk.action.print')} <kbd>Alt + P</kbd>
          </button>
          <button type="button" className="button" onClick={commands.dayList}>
            {t('desk.action.dayList')} <kbd>Alt + D</kbd>
          </button>
        </div>
      )}
      {!detail && <Offer desk={desk} />}
    </aside>
  )
}

/**
 * The people the read-back is about: exactly those the last action touched (booked together, the
 * one moved, the one cancelled); a booking only opened reads its live party.
 */
export function readBackParty(party: readonly Booking[], happened: Happened | null): Booking[] {
  if (happened?.ids.length) return party.filter((b) => happened.ids.includes(b.id))
  return party.filter((b) => b.status === 'booked')
}

/** Before booking: the slot to offer, and what to bring for the chosen type. */
function Offer({ desk }: { desk: ReadBackDesk }) {
  const { t, state, types, form } = desk
  const lang = useLang((s) => s.lang)
  const type = types.find((x) => x.code === state.type)
  const slot = state.hold ?? cursorSlot(state)
  if (!type) return <p className="muted">{t('desk.readBack.empty')}</p>
  const proxy = form.people.some((p) => p.proxy)
  return (
    <div className="script" data-testid="read-back-offer">
      {slot && <p>{t('desk.readBack.offer', { when: spokenDateTime(slot.date, slot.time, lang) })}</p>}
      <p>{t('desk.readBack.bring')}</p>
      <ul className="items">
        {itemsToBring(type, proxy, lang).map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  )
}
