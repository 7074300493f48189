import {
  type AvailabilityQuery,
  type AvailabilityResponse,
  addDays,
  bookingWindow,
  type CounterCalendar,
  daysInMonth,
  type FreeSlot,
  isBookable,
  type LocalDate,
  localDateOf,
  type MonthView,
  nextFreeSlots,
  type Occupant,
  slotsOfDay,
  usedBySlot,
} from '@madoguchi/shared'
import type { Db } from '../db/open'
import type { Deps } from '../deps'
import { AppError } from '../errors'
import { bookingSetup, currentCalendar } from './calendar-service'
import { type DatedOccupant, occupantsBetween } from './queries'
import { firstHoldExpiry } from './setup-queries'

/** Group one range query's rows by date, so the pure rules can ask per day with no further SQL. */
function byDate(rows: readonly DatedOccupant[]): (date: LocalDate) => Occupant[] {
  const map = new Map<LocalDate, Occupant[]>()
  for (const r of rows) {
    const list = map.get(r.date)
    if (list) list.push(r)
    else map.set(r.date, [r])
  }
  return (date) => map.get(date) ?? []
}

/**
 * The next free slots for a party, from `from` (default: the start of the window). Read a day, then
 * two, four, … at a time: the answer is usually in the first days, and a window holds thousands of
 * bookings, so reading it whole would cost more than everything else in the request.
 */
export function findFreeSlots(
  db: Db,
  cal: CounterCalendar,
  options: {
    lengths: number[]
    now: Date
    from?: LocalDate
    to?: LocalDate
    limit: number
    overrideWindow?: boolean
  },
): FreeSlot[] {
  const window = bookingWindow(cal.rules, options.now)
  const from =
    options.from && (options.overrideWindow || options.from > window.first) ? options.from : window.first
  const last = options.overrideWindow ? addDays(from, cal.rules.opensDaysAhead) : window.last
  const to = options.to && options.to < last ? options.to : last
  const found: FreeSlot[] = []
  for (let start = from, days = 1; start <= to && found.length < options.limit; days *= 2) {
    let end = addDays(start, days - 1)
    if (end > to) end = to
    const rows = occupantsBetween(db, start, end, options.now.toISOString())
    found.push(
      ...nextFreeSlots({
        cal,
        ...options,
        from: start,
        to: end,
        limit: options.limit - found.length,
        occupantsOf: byDate(rows),
      }),
    )
    start = addDays(end, 1)
  }
  return found
}

export function lengthOf(db: Db, type: string): number {
  const length = bookingSetup(db).lengths.get(type as never)
  if (length === undefined) throw new AppError('validation_failed')
  return length
}

/** Reads run in one read transaction: one snapshot, and one WAL lock instead of one per statement. */
export function availability(deps: Deps, query: AvailabilityQuery): AvailabilityResponse {
  return deps.db.transaction(() => availabilityIn(deps, query))()
}

function availabilityIn(deps: Deps, query: AvailabilityQuery): AvailabilityResponse {
  const cal = currentCalendar(deps.db)
  const now = deps.now()
  const length = lengthOf(deps.db, query.type)
  const slots = findFreeSlots(deps.db, cal, {
    lengths: Array.from({ length: query.people }, () => length),
    now,
    from: query.from,
    to: query.to,
    limit: query.limit,
  })
  return { slots, window: bookingWindow(cal.rules, now) }
}

/** Every day of a month with each slot's booked, held and remaining places, computed afresh. */
export function monthView(deps: Deps, month: string): MonthView {
  return deps.db.transaction(() =>
    monthViewIn(deps.db, currentCalendar(deps.db), month, deps.now().toISOString()),
  )()
}

/** A month's answer as sent, and what it was computed from. */
interface KeptMonth {
  calendarVersion: number | null
  bookingWrites: number
  /** The `now` it was computed at: holds that had expired by then are not in it. */
  computedAt: string
  /** The earliest expiry of the holds it counts: from then on it counts one too many. */
  validUntil: string | null
  json: Uint8Array<ArrayBuffer>
}

// Finished month views, per connection, as the JSON bytes sent. Profiled on the bench's month
// (2026-12-03): of about 1.5 ms of server CPU a request, the counting SQL was about a tenth; building
// the slot objects, serialising the 42 KB answer and writing it took the rest. So the
// answer is kept whole rather than its counts (per-slot counts would also have added a write to
// every booking's transaction). It is used only while nothing it was computed from has changed:
// the calendar version, the booking write count (raised by triggers on bookings and holds in the
// writing transaction, migration 0022, so every process's writes count) and time (a hold it counts
// runs out without a write). Both numbers are read in the same snapshot as the computation.
const kept = new WeakMap<Db, Map<string, KeptMonth>>()
const KEPT_MONTHS = 24
const encoder = new TextEncoder()

function datesOf(month: string): [first: LocalDate, last: LocalDate] {
  const [year, mm] = month.split('-').map(Number) as [number, number]
  return [localDateOf(year, mm, 1), localDateOf(year, mm, daysInMonth(year, mm))]
}

/** The month view as JSON bytes: the kept answer while it is still exact, else computed and kept. */
export function monthViewJson(deps: Deps, month: string): Uint8Array<ArrayBuffer> {
  const db = deps.db
  return db.transaction(() => {
    const { calendar, versions } = bookingSetup(db)
    const nowIso = deps.now().toISOString()
    let months = kept.get(db)
    if (!months) {
      months = new Map()
      kept.set(db, months)
    }
    const hit = months.get(month)
    if (
      hit &&
      hit.calendarVersion === versions.calendarVersion &&
      hit.bookingWrites === versions.bookingWrites &&
      nowIso >= hit.computedAt &&
      (hit.validUntil === null || nowIso < hit.validUntil)
    ) {
      return hit.json
    }
    const view = monthViewIn(db, calendar, month, nowIso)
    const entry: KeptMonth = {
      calendarVersion: versions.calendarVersion,
      bookingWrites: versions.bookingWrites,
      computedAt: nowIso,
      validUntil: firstHoldExpiry(db, ...datesOf(month), nowIso),
      json: encoder.encode(JSON.stringify(view)),
    }
    months.delete(month)
    months.set(month, entry)
    // Maps keep insertion order: the month computed longest ago goes first.
    if (months.size > KEPT_MONTHS) months.delete(months.keys().next().value as string)
    return entry.json
  })()
}

function monthViewIn(db: Db, cal: CounterCalendar, month: string, nowIso: string): MonthView {
  const [first, last] = datesOf(month)
  const rows = occupantsBetween(db, first, last, nowIso)
  const booked = byDate(rows.filter((r) => r.held === 0))
  const held = byDate(rows.filter((r) => r.held === 1))
  const days: MonthView['days'] = []
  for (let date = first; date <= last; date = addDays(date, 1)) {
    const day = slotsOfDay(cal, date)
    if (!day.open) {
      days.push({ date, open: false, reason: day.reason, slots: [] })
      continue
    }
    const b = usedBySlot(day, booked(date))
    const h = usedBySlot(day, held(date))
    days.push({
      date,
      open: true,
      slots: day.slots.map((s, i) => {
        const used = (b[i] ?? 0) + (h[i] ?? 0)
        return {
          time: s.time,
          capacity: s.capacity,
          booked: b[i] ?? 0,
          held: h[i] ?? 0,
          remaining: Math.max(0, s.capacity - used),
        }
      }),
    })
  }
  return { month, days }
}

/** The day and slot a request names, or the error that says why it cannot be booked. */
export function bookableSlot(
  cal: CounterCalendar,
  date: LocalDate,
  time: string,
  now: Date,
  overrideWindow: boolean,
) {
  const result = isBookable(cal, date, time, now, { overrideWindow })
  if (result.ok) return result
  if (result.reason === 'outside_window') {
    throw new AppError('outside_window', undefined, { window: bookingWindow(cal.rules, now) })
  }
  throw new AppError('slot_not_bookable', undefined, { reason: result.reason })
}

/** 409 slot_full with the next slots the same party fits into, so the operator can offer one at once. */
export function slotFull(
  db: Db,
  cal: CounterCalendar,
  options: { lengths: number[]; now: Date; from: LocalDate; overrideWindow: boolean },
): AppError {
  const nextFree = findFreeSlots(db, cal, { ...options, limit: 5 })
  return new AppError('slot_full', undefined, { nextFree })
}
