import { useEffect } from 'react'
import { navigate } from '../../app/navigation'
import { PATHS } from '../../app/router'
import { PageTitle } from '../../ui/PageTitle'
import { Crumbs } from '../Crumbs'
import { useCallWorkspace } from '../call/store'
import { BookingPanel } from './BookingPanel'
import { FindPanel } from './FindPanel'
import { History } from './History'
import { NewBookingPanel } from './NewBookingPanel'
import { PrintConfirmation } from './PrintConfirmation'
import { ReadBack } from './ReadBack'
import { SlotList } from './SlotList'
import { useBookingDesk } from './useBookingDesk'
import './desk-booking.css'
import './print.css'

/**
 * The booking panel of the call's workspace (ux.md "The desk, during a phone call"): find at the
 * top, the booking on the left, the slots in the centre, the read-back on the right. Its keys are the
 * table in keys.ts, which it contributes to the desk's one handler and `?` help while on screen.
 */
export function BookingDesk() {
  const desk = useBookingDesk()
  const { t, state, focusSoon } = desk
  const setHelp = useCallWorkspace((s) => s.setHelp)
  const existing = state.mode === 'existing'

  const { openBooking } = desk
  useEffect(() => {
    // Sent here to open one booking (a call-back list, a refused calendar change): open it, and
    // take the id out of the address so a reload starts an ordinary call.
    const id = new URLSearchParams(window.location.search).get('open')
    if (!id) return focusSoon('find') // the call starts with the search box
    window.history.replaceState(null, '', PATHS.deskBookings)
    openBooking(id)
  }, [focusSoon, openBooking])

  return (
    <section
      className="screen screen-wide desk-booking"
      data-testid="booking-desk"
      aria-labelledby="desk-bookings-title"
    >
      <Crumbs trail={[{ label: t('desk.bookings.title'), path: PATHS.deskBookings }]} />
      <div className="desk-head">
        <PageTitle id="desk-bookings-title" title={t('desk.bookings.title')} focus={false} />
        <nav className="desk-links" aria-label={t('desk.bookings.links')}>
          <a
            href={PATHS.deskBookingCalendar}
            onClick={(event) => {
              event.preventDefault()
              navigate(PATHS.deskBookingCalendar)
            }}
          >
            {t('desk.calendar.title')}
          </a>
          <button
            type="button"
            className="button"
            onClick={() => setHelp((shown) => !shown)}
            data-testid="help-button"
          >
            {t('desk.keys.title')} <kbd>?</kbd>
          </button>
        </nav>
      </div>
      <FindPanel desk={desk} />
      <div className="desk-grid">
        <div className="desk-col">
          {existing ? (
            <BookingPanel desk={desk} />
          ) : desk.mayWrite ? (
            <NewBookingPanel desk={desk} />
          ) : (
            <p className="desk-read-only" data-testid="booking-read-only">
              {t('desk.bookings.readOnly')}
            </p>
          )}
        </div>
        <div className="desk-col">
          {existing && !state.moving ? <History desk={desk} /> : desk.mayWrite && <SlotList desk={desk} />}
        </div>
        <div className="desk-col">
          <ReadBack desk={desk} />
        </div>
      </div>
      <PrintConfirmation desk={desk} />
    </section>
  )
}
