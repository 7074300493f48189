import { formatRef } from '@madoguchi/shared'
import { navigate } from '../../app/navigation'
import { bookingPath } from '../../app/router'

/** A booking's reference as a link that opens it on the booking screen (a new tab works too). */
export function BookingLink({ id, bookingRef }: { id: string; bookingRef: string }) {
  return (
    <a
      href={bookingPath(id)}
      data-testid="booking-link"
      onClick={(event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey) return
        event.preventDefault()
        navigate(bookingPath(id))
      }}
    >
      {formatRef(bookingRef)}
    </a>
  )
}
