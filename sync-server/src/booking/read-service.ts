import {
  type BookingDetail,
  type BookingSearchResult,
  type DayList,
  type LocalDate,
  recogniseQuery,
} from '@madoguchi/shared'
import { recordAudit } from '../audit/audit'
import { inWriteTransaction } from '../db/open'
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

// Reads of personal data. Each one writes an audit row (who looked at what), in the same
// transaction as the read; the audit detail holds ids, counts and the kind of search, never the
// name, phone or birth date that was looked up. The transaction takes the write lock up front
// (BEGIN IMMEDIATE): a read that turns into a write could otherwise fail with SQLITE_BUSY when
// another process wrote in between.

export function readBooking(deps: Deps, actor: Actor, id: string): BookingDetail {
  return inWriteTransaction(deps.db, () => {
    const row = findBooking(deps.db, id)
    if (!row) throw new AppError('not_found')
    recordAudit(deps.db, actor, { action: 'booking.read', entity: 'booking', entityId: id }, deps.now())
    return {
      booking: toBooking(row),
      events: eventsOf(deps.db, id),
      group: bookingsOfGroup(deps.db, row.group_id)
        .filter((b) => b.id !== id)
        .map(toBooking),
    }
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
  return inWriteTransaction(deps.db, () => {
    const rows = by ? searchBookings(deps.db, by) : []
    recordAudit(
      deps.db,
      actor,
      {
        action: 'booking.search',
        entity: 'booking',
        detail: { kind: recognised.kind, results: rows.length },
      },
      deps.now(),
    )
    return { recognised, bookings: rows.map(toBooking) }
  })
}

export function dayList(deps: Deps, actor: Actor, date: LocalDate): DayList {
  return inWriteTransaction(deps.db, () => {
    const rows = bookingsOfDay(deps.db, date)
    recordAudit(
      deps.db,
      actor,
      { action: 'booking.day_list', entity: 'booking', detail: { date, results: rows.length } },
      deps.now(),
    )
    return { date, bookings: rows.map(toBooking) }
  })
}
