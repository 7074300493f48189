import {
  type BookingDetail,
  type BookingSearchResult,
  type DayList,
  type LocalDate,
  recogniseQuery,
} from '@madoguchi/shared'
import { audited } from '../audit/unit'
import type { Deps } from '../deps'
import { AppError } from '../errors'
import type { Actor } from './actor'
import {
  bookingsOfDay,
  bookingsOfGroup,
  eventsOf,
  findBooking,
  type SearchBy,
  searchBookings,
  toBooking,
} from './queries'

// Reads of personal data, each an audited unit (audit/unit.ts): one row per answer naming every
// booking whose person it showed (detail.ids), with counts and the kind of search, never the name,
// phone or birth date that was looked up.

export function readBooking(deps: Deps, actor: Actor, id: string): BookingDetail {
  return audited(deps, actor, { action: 'booking.read', entity: 'booking', entityId: id }, (unit) => {
    const row = findBooking(deps.db, id)
    if (!row) throw new AppError('not_found')
    // The others booked with it are shown too: their people are in the answer.
    const group = bookingsOfGroup(deps.db, row.group_id).filter((b) => b.id !== id)
    unit.carried([id, ...group.map((b) => b.id)])
    return { booking: toBooking(row), events: eventsOf(deps.db, id), group: group.map(toBooking) }
  })
}

export function search(deps: Deps, actor: Actor, q: string): BookingSearchResult {
  const recognised = recogniseQuery(q)
  const by: SearchBy | null =
    recognised.kind === 'ref'
      ? { by: 'ref', value: recognised.ref }
      : recognised.kind === 'phone'
        ? { by: 'phone', value: recognised.phone }
        : recognised.kind === 'birth_date'
          ? { by: 'birth_date', value: recognised.birthDate }
          : recognised.kind === 'kana'
            ? { by: 'kana', value: recognised.kana }
            : recognised.kind === 'name' && recognised.name
              ? { by: 'name', value: recognised.name }
              : null
  const entry = { action: 'booking.search', entity: 'booking', detail: { kind: recognised.kind } }
  return audited(deps, actor, entry, (unit) => {
    const rows = by ? searchBookings(deps.db, by) : []
    unit.note({ results: rows.length })
    unit.carried(rows.map((r) => r.id))
    return { recognised, bookings: rows.map(toBooking) }
  })
}

export function dayList(deps: Deps, actor: Actor, date: LocalDate): DayList {
  return audited(deps, actor, { action: 'booking.day_list', entity: 'booking', detail: { date } }, (unit) => {
    const rows = bookingsOfDay(deps.db, date)
    unit.note({ results: rows.length })
    unit.carried(rows.map((r) => r.id))
    return { date, bookings: rows.map(toBooking) }
  })
}
