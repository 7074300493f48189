import {
  type Booking,
  type BookingEvent,
  type LocalDate,
  type Occupant,
  type TimeOfDay,
  timeOfMinutes,
} from '@madoguchi/shared'
import type { Db } from '../db/open'
import { stmt } from '../db/statements'

// SQL for bookings, their events and idempotency keys. Statements are cached per connection.

export interface BookingRow {
  id: string
  ref: string
  group_id: string
  type: Booking['type']
  date: LocalDate
  start_min: number
  end_min: number
  status: Booking['status']
  name: string
  kana: string
  birth_date: LocalDate
  phone: string
  proxy: 0 | 1
  channel: Booking['channel']
  created_by: string | null
  created_by_name: string | null
  created_at: string
  updated_at: string
  version: number
}

export type NewBookingRow = Omit<BookingRow, 'created_by_name'> & { name_key: string; kana_key: string }

const SELECT = `SELECT b.*, s.display_name AS created_by_name
  FROM bookings b LEFT JOIN staff s ON s.id = b.created_by`

export const LIVE = `('booked', 'attended')`

export function toBooking(row: BookingRow): Booking {
  return {
    id: row.id,
    ref: row.ref,
    type: row.type,
    date: row.date,
    time: timeOfMinutes(row.start_min) as TimeOfDay,
    endTime: timeOfMinutes(row.end_min) as TimeOfDay,
    status: row.status,
    person: { name: row.name, kana: row.kana, birthDate: row.birth_date, phone: row.phone },
    proxy: row.proxy === 1,
    channel: row.channel,
    groupId: row.group_id,
    createdBy: row.created_by ?? '',
    createdByName: row.created_by_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  }
}

export function findBooking(db: Db, id: string): BookingRow | undefined {
  return stmt(db, `${SELECT} WHERE b.id = ?`).get(id) as BookingRow | undefined
}

export function bookingsOfGroup(db: Db, groupId: string): BookingRow[] {
  return stmt(db, `${SELECT} WHERE b.group_id = ? ORDER BY b.id`).all(groupId) as BookingRow[]
}

export function refExists(db: Db, ref: string): boolean {
  return stmt(db, 'SELECT 1 FROM bookings WHERE ref = ?').get(ref) !== undefined
}

export function insertBooking(db: Db, row: NewBookingRow): void {
  stmt(
    db,
    `INSERT INTO bookings (id, ref, group_id, type, date, start_min, end_min, status, name, name_key, kana,
       kana_key, birth_date, phone, proxy, channel, created_by, created_at, updated_at, version)
     VALUES (@id, @ref, @group_id, @type, @date, @start_min, @end_min, @status, @name, @name_key, @kana,
       @kana_key, @birth_date, @phone, @proxy, @channel, @created_by, @created_at, @updated_at, @version)`,
  ).run(row)
}

export function updatePlace(
  db: Db,
  b: { id: string; date: LocalDate; start_min: number; end_min: number; updated_at: string; version: number },
): void {
  stmt(
    db,
    `UPDATE bookings SET date = @date, start_min = @start_min, end_min = @end_min, updated_at = @updated_at,
       version = @version WHERE id = @id`,
  ).run(b)
}

export function updateStatus(
  db: Db,
  b: { id: string; status: Booking['status']; updated_at: string; version: number },
): void {
  stmt(
    db,
    'UPDATE bookings SET status = @status, updated_at = @updated_at, version = @version WHERE id = @id',
  ).run(b)
}

/**
 * Live bookings and unexpired holds on one date that overlap [fromMin, toMin), summed per interval:
 * what the capacity check counts. A booking that overlaps starts before toMin and, being at most
 * `longestMinutes` long, after fromMin - longestMinutes: both bounds on the place index, so a busy
 * day costs a few slots' worth of index, not every booking since the counter opened. Bookings that
 * share an interval come back as one row with their count (rows cost more than counting).
 */
export function occupantsOn(
  db: Db,
  date: LocalDate,
  span: { fromMin: number; toMin: number; longestMinutes: number },
  nowIso: string,
  exceptBookingId = '',
): Occupant[] {
  return stmt(
    db,
    `SELECT start_min AS startMin, end_min AS endMin, count(*) AS count FROM bookings
       WHERE date = ? AND start_min > ? AND start_min < ? AND end_min > ? AND status IN ${LIVE} AND id != ?
       GROUP BY start_min, end_min
     UNION ALL
     SELECT start_min, end_min, sum(people) FROM slot_holds
       WHERE date = ? AND start_min < ? AND end_min > ? AND expires_at > ?
       GROUP BY start_min, end_min`,
  ).all(
    date,
    span.fromMin - span.longestMinutes,
    span.toMin,
    span.fromMin,
    exceptBookingId,
    date,
    span.toMin,
    span.fromMin,
    nowIso,
  ) as Occupant[]
}

export interface DatedOccupant extends Occupant {
  date: LocalDate
  held: 0 | 1
}

/**
 * The same for a range of dates in one query, for availability and the month view: bookings that
 * share a place are summed in SQL (the covering index delivers them in order), so a busy month is
 * a few hundred rows, not one per person.
 */
export function occupantsBetween(db: Db, from: LocalDate, to: LocalDate, nowIso: string): DatedOccupant[] {
  return stmt(
    db,
    `SELECT date, start_min AS startMin, end_min AS endMin, count(*) AS count, 0 AS held FROM bookings
       WHERE date BETWEEN ? AND ? AND status IN ${LIVE} GROUP BY date, start_min, end_min
     UNION ALL
     SELECT date, start_min, end_min, sum(people), 1 FROM slot_holds
       WHERE date BETWEEN ? AND ? AND expires_at > ? GROUP BY date, start_min, end_min`,
  ).all(from, to, from, to, nowIso) as DatedOccupant[]
}

export function insertEvent(
  db: Db,
  e: {
    booking_id: string
    at: string
    actor_id: string | null
    action: BookingEvent['action']
    version: number
    detail: string | null
  },
): void {
  stmt(
    db,
    `INSERT INTO booking_events (booking_id, at, actor_id, action, version, detail)
     VALUES (@booking_id, @at, @actor_id, @action, @version, @detail)`,
  ).run(e)
}

export function eventsOf(db: Db, bookingId: string): BookingEvent[] {
  const rows = stmt(
    db,
    `SELECT e.at, e.actor_id, s.display_name AS actor_name, e.action, e.detail
     FROM booking_events e LEFT JOIN staff s ON s.id = e.actor_id
     WHERE e.booking_id = ? ORDER BY e.id`,
  ).all(bookingId) as {
    at: string
    actor_id: string | null
    actor_name: string | null
    action: BookingEvent['action']
    detail: string | null
  }[]
  return rows.map((r) => ({
    at: r.at,
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action,
    ...(r.detail ? { detail: JSON.parse(r.detail) as Record<string, string> } : {}),
  }))
}

export type SearchBy =
  | { by: 'ref'; value: string }
  | { by: 'phone'; value: string }
  | { by: 'birth_date'; value: string }
  | { by: 'kana'; value: string }
  | { by: 'name'; value: string }

// Upcoming live bookings first, then the rest; a caller usually asks about the next visit.
const ORDER = `ORDER BY CASE b.status WHEN 'booked' THEN 0 ELSE 1 END, b.date, b.start_min LIMIT 50`

export function searchBookings(db: Db, q: SearchBy): BookingRow[] {
  switch (q.by) {
    case 'ref':
      return stmt(db, `${SELECT} WHERE b.ref = ? ${ORDER}`).all(q.value) as BookingRow[]
    case 'phone':
      return stmt(db, `${SELECT} WHERE b.phone = ? ${ORDER}`).all(q.value) as BookingRow[]
    case 'birth_date':
      return stmt(db, `${SELECT} WHERE b.birth_date = ? ${ORDER}`).all(q.value) as BookingRow[]
    case 'kana':
      // A prefix as a range, so the index on kana_key is used.
      return stmt(db, `${SELECT} WHERE b.kana_key >= ? AND b.kana_key < ? ${ORDER}`).all(
        q.value,
        `${q.value}\uffff`,
      ) as BookingRow[]
    case 'name':
      return stmt(db, `${SELECT} WHERE instr(b.name_key, ?) > 0 ${ORDER}`).all(q.value) as BookingRow[]
  }
}

export function bookingsOfDay(db: Db, date: LocalDate): BookingRow[] {
  return stmt(db, `${SELECT} WHERE b.date = ? ORDER BY b.start_min, b.kana_key`).all(date) as BookingRow[]
}

export function bookingsBetween(db: Db, from: LocalDate, to: LocalDate): BookingRow[] {
  return stmt(db, `${SELECT} WHERE b.date BETWEEN ? AND ? ORDER BY b.date, b.start_min, b.kana_key`).all(
    from,
    to,
  ) as BookingRow[]
}

/** Live bookings from a date on, placed in time: for the strand check of a calendar edit. */
export function liveBookingsFrom(db: Db, from: LocalDate): BookingRow[] {
  return stmt(db, `${SELECT} WHERE b.date >= ? AND b.status IN ${LIVE} ORDER BY b.date, b.start_min`).all(
    from,
  ) as BookingRow[]
}

export interface IdempotencyRow {
  request_hash: string
  group_id: string
}

export function findIdempotency(db: Db, staffId: string, key: string): IdempotencyRow | undefined {
  return stmt(db, 'SELECT request_hash, group_id FROM idempotency_keys WHERE staff_id = ? AND key = ?').get(
    staffId,
    key,
  ) as IdempotencyRow | undefined
}

export function insertIdempotency(
  db: Db,
  row: { staff_id: string; key: string; request_hash: string; group_id: string; created_at: string },
): void {
  stmt(
    db,
    `INSERT INTO idempotency_keys (staff_id, key, request_hash, group_id, created_at)
     VALUES (@staff_id, @key, @request_hash, @group_id, @created_at)`,
  ).run(row)
}
