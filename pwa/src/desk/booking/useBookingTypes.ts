import { type BookingTypeDef, DEFAULT_BOOKING_TYPES } from '@madoguchi/shared'
import { useEffect, useState } from 'react'
import { bookingApi } from './api'

let cached: readonly BookingTypeDef[] | null = null

/**
 * The booking types with their lengths and items to bring, as the supervisor has set them. Until
 * the server answers, the shared defaults stand in, so the six type keys work from the first second.
 */
export function useBookingTypes(): readonly BookingTypeDef[] {
  const [types, setTypes] = useState<readonly BookingTypeDef[]>(cached ?? DEFAULT_BOOKING_TYPES)
  useEffect(() => {
    let live = true
    bookingApi
      .types()
      .then((list) => {
        cached = list.types
        if (live) setTypes(list.types)
      })
      .catch(() => {}) // the defaults stay; a real failure shows when slots are asked for
    return () => {
      live = false
    }
  }, [])
  return types
}
