import type { BookingTypeCode, BookingTypeDef, Lang } from '@madoguchi/shared'
import { PhoneLink } from '../PhoneLink'
import { BookingLink } from './BookingLink'
import { typeLabel } from './format'

/** What a list of bookings to call shows of each (a refused calendar change, an emergency closure). */
export interface ContactBooking {
  id: string
  ref: string
  time: string
  name: string
  phone: string
  type: BookingTypeCode
}

/**
 * The cells an operator calls a booked person from: time, reference (opens the booking), name,
 * the number grouped for reading aloud, and the booking type. One row shape for every such list.
 */
export function BookingContactCells({
  booking: b,
  types,
  lang,
  phoneTestId,
}: {
  booking: ContactBooking
  types: readonly BookingTypeDef[]
  lang: Lang
  phoneTestId?: string
}) {
  return (
    <>
      <td>{b.time}</td>
      <td className="mono">
        <BookingLink id={b.id} bookingRef={b.ref} />
      </td>
      <td>{b.name}</td>
      <td className="nowrap">
        <PhoneLink phone={b.phone} testId={phoneTestId} />
      </td>
      <td>{typeLabel(types, b.type, lang)}</td>
    </>
  )
}
