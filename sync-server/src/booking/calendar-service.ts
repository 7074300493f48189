import {
  type BookingTypeCode,
  type BookingTypeDef,
  type CalendarDoc,
  CounterCalendar,
  DEFAULT_COUNTER_CALENDAR,
  type LocalDate,
  strandedBookings,
  type TimeOfDay,
  timeOfMinutes,
  tokyoDate,
  type UpdateBookingTypeRequest,
  type UpdateCalendarRequest,
} from '@madoguchi/shared'
import { audited, refusal } from '../audit/unit'
import type { Db } from '../db/open'
import type { Deps } from '../deps'
import { AppError } from '../errors'
import type { Actor } from './actor'
import { type BookingRow, liveBookingsFrom } from './queries'
import {
  bookingTypes,
  calendarRow,
  type SetupVersions,
  saveBookingType,
  saveCalendar,
  seedBookingDefaults,
  setupVersions,
  typeLengths,
} from './setup-queries'

export function ensureBookingDefaults(db: Db): void {
  seedBookingDefaults(db, JSON.stringify(DEFAULT_COUNTER_CALENDAR))
}

export interface BookingSetup {
  calendar: CounterCalendar
  /** Slots per booking type. */
  lengths: ReadonlyMap<BookingTypeCode, number>
  longestMinutes: number
  /** The calendar's version and the booking write count read with it, in the same snapshot. */
  versions: SetupVersions
}

// The parsed calendar and type lengths, kept per connection until their versions change: every
// booking needs them, and another process may edit them, so one cheap row read decides whether to
// read and parse them again.
const parsed = new WeakMap<
  Db,
  { versions: SetupVersions; calendar: CounterCalendar; lengths: ReadonlyMap<BookingTypeCode, number> }
>()

export function bookingSetup(db: Db): BookingSetup {
  const versions = setupVersions(db)
  let cached = parsed.get(db)
  if (
    !cached ||
    cached.versions.calendarVersion !== versions.calendarVersion ||
    cached.versions.typesVersion !== versions.typesVersion
  ) {
    const row = calendarRow(db)
    const calendar = row ? CounterCalendar.parse(JSON.parse(row.config)) : DEFAULT_COUNTER_CALENDAR
    cached = { versions, calendar, lengths: typeLengths(db) }
    parsed.set(db, cached)
  }
  return {
    calendar: cached.calendar,
    lengths: cached.lengths,
    longestMinutes: versions.longestMinutes,
    versions,
  }
}

export function currentCalendar(db: Db): CounterCalendar {
  return bookingSetup(db).calendar
}

export function calendarDoc(db: Db): CalendarDoc {
  const row = calendarRow(db)
  return {
    version: row?.version ?? 0,
    calendar: currentCalendar(db),
    updatedAt: row?.updated_at ?? null,
    updatedBy: row?.updated_by ?? null,
  }
}

/**
 * Replace the calendar. Refused with 409 when it was edited since `expectedVersion`, or when it
 * would strand live bookings from today on (their day closes, their hours go, or their slot ends
 * up over capacity); the answer lists those bookings so the supervisor can move them first.
 */
export function updateCalendar(deps: Deps, actor: Actor, request: UpdateCalendarRequest): CalendarDoc {
  const now = deps.now()
  const entry = { action: 'booking_calendar.update', entity: 'counter_calendar', entityId: '1' }
  return audited(deps, actor, entry, (unit) => {
    const row = calendarRow(deps.db)
    const version = row?.version ?? 0
    if (version !== request.expectedVersion) {
      throw new AppError('version_conflict', undefined, { currentVersion: version })
    }
    const stranded = strandedBy(deps.db, request.calendar, tokyoDate(now))
    if (stranded.length > 0) {
      // The answer names each caller and the number to call, so the refusal is audited with their ids.
      const bookings = stranded.map((b) => ({
        id: b.id,
        ref: b.ref,
        type: b.type,
        date: b.date,
        time: timeOfMinutes(b.start_min) as TimeOfDay,
        name: b.name,
        phone: b.phone,
      }))
      throw refusal(
        new AppError('calendar_strands_bookings', undefined, { bookings }),
        bookings.map((b) => b.id),
      )
    }
    writeCalendar(deps.db, actor, request.calendar, version + 1, now)
    unit.note({ version: version + 1 })
    return calendarDoc(deps.db)
  })
}

/** The live bookings from `from` on that `calendar` would leave without a slot. */
export function strandedBy(db: Db, calendar: CounterCalendar, from: LocalDate): BookingRow[] {
  const live = liveBookingsFrom(db, from)
  const stranded = new Set(
    strandedBookings(
      calendar,
      live.map((b) => ({ id: b.id, date: b.date, startMin: b.start_min, endMin: b.end_min })),
    ),
  )
  return live.filter((b) => stranded.has(b.id))
}

export function writeCalendar(db: Db, actor: Actor, calendar: CounterCalendar, version: number, now: Date) {
  saveCalendar(db, {
    config: JSON.stringify(calendar),
    version,
    updated_at: now.toISOString(),
    updated_by: actor.user.id,
  })
}

export function updateBookingType(
  deps: Deps,
  actor: Actor,
  code: BookingTypeCode,
  change: UpdateBookingTypeRequest,
): BookingTypeDef {
  const now = deps.now()
  const entry = {
    action: 'booking_type.update',
    entity: 'booking_type',
    entityId: code,
    detail: { fields: Object.keys(change).join(',') },
  }
  return audited(deps, actor, entry, () => {
    const current = bookingTypes(deps.db).find((t) => t.code === code)
    if (!current) throw new AppError('not_found')
    const next: BookingTypeDef = { ...current, ...change, code }
    saveBookingType(deps.db, next, now.toISOString(), actor.user.id)
    return next
  })
}
