import { type CounterContact, DEFAULT_COUNTER_CONTACT } from '@madoguchi/shared'
import { useEffect, useState } from 'react'
import { bookingApi } from './api'

let cached: CounterContact | null = null

/** The counter's place, address and phone as the calendar holds them, for the printed confirmation. */
export function useCounterContact(): CounterContact {
  const [contact, setContact] = useState<CounterContact>(cached ?? DEFAULT_COUNTER_CONTACT)
  useEffect(() => {
    let live = true
    bookingApi
      .calendar()
      .then((doc) => {
        cached = doc.calendar.contact ?? DEFAULT_COUNTER_CONTACT
        if (live) setContact(cached)
      })
      .catch(() => {}) // the defaults stay on paper rather than nothing
    return () => {
      live = false
    }
  }, [])
  return contact
}
