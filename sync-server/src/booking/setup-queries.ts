import {
  type BookingTypeCode,
  type BookingTypeDef,
  DEFAULT_BOOKING_TYPES,
  type LocalDate,
} from '@madoguchi/shared'
import type { Db } from '../db/open'
import { stmt } from '../db/statements'

// SQL for the counter calendar, the booking types and holds.

export interface CalendarRow {
  config: string
  version: number
  updated_at: string | null
  updated_by: string | null
}

export interface SetupVersions {
  calendarVersion: number | null
  typesVersion: number
  /** The longest interval any booking has occupied (kept by a trigger, migration 0004). */
  longestMinutes: number
  /** Raised by every write of a booking's place or status and of a hold (triggers, migration 0022). */
  bookingWrites: number
}

/** One row with everything the capacity check must read fresh in its own transaction. */
export function setupVersions(db: Db): SetupVersions {
  return stmt(
    db,
    `SELECT c.version AS calendarVersion, s.types_version AS typesVersion, s.longest_minutes AS longestMinutes,
       s.booking_writes AS bookingWrites
     FROM booking_setup s LEFT JOIN counter_calendar c ON c.id = 1 WHERE s.id = 1`,
  ).get() as SetupVersions
}

export function calendarRow(db: Db): CalendarRow | undefined {
  return stmt(
    db,
    'SELECT config, version, updated_at, updated_by FROM counter_calendar WHERE id = 1',
  ).get() as CalendarRow | undefined
}

export function saveCalendar(db: Db, row: CalendarRow): void {
  stmt(
    db,
    `INSERT INTO counter_calendar (id, config, version, updated_at, updated_by)
     VALUES (1, @config, @version, @updated_at, @updated_by)
     ON CONFLICT (id) DO UPDATE SET config = excluded.config, version = excluded.version,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(row)
}

/** Insert what is missing (the default calendar, the default types); never overwrite an edit. */
export function seedBookingDefaults(db: Db, defaultCalendar: string): void {
  db.transaction(() => {
    stmt(db, 'INSERT OR IGNORE INTO counter_calendar (id, config, version) VALUES (1, ?, 1)').run(
      defaultCalendar,
    )
    DEFAULT_BOOKING_TYPES.forEach((t, sort) => {
      stmt(
        db,
        `INSERT OR IGNORE INTO booking_types (code, label_ja, label_en, slots, items, items_for_proxy, sort)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        t.code,
        t.label.ja,
        t.label.en,
        t.slots,
        JSON.stringify(t.itemsToBring),
        JSON.stringify(t.itemsToBringForProxy),
        sort,
      )
    })
  })()
}

interface TypeRow {
  code: BookingTypeCode
  label_ja: string
  label_en: string
  slots: number
  items: string
  items_for_proxy: string
}

const toTypeDef = (r: TypeRow): BookingTypeDef => ({
  code: r.code,
  label: { ja: r.label_ja, en: r.label_en },
  slots: r.slots,
  itemsToBring: JSON.parse(r.items),
  itemsToBringForProxy: JSON.parse(r.items_for_proxy),
})

export function bookingTypes(db: Db): BookingTypeDef[] {
  return (stmt(db, 'SELECT * FROM booking_types ORDER BY sort').all() as TypeRow[]).map(toTypeDef)
}

/** Slots per type: all the capacity check needs, without parsing the item lists. */
export function typeLengths(db: Db): Map<BookingTypeCode, number> {
  const rows = stmt(db, 'SELECT code, slots FROM booking_types').all() as {
    code: BookingTypeCode
    slots: number
  }[]
  return new Map(rows.map((r) => [r.code, r.slots]))
}

export function saveBookingType(db: Db, t: BookingTypeDef, at: string, by: string): void {
  stmt(
    db,
    `UPDATE booking_types SET label_ja = ?, label_en = ?, slots = ?, items = ?, items_for_proxy = ?,
       updated_at = ?, updated_by = ? WHERE code = ?`,
  ).run(
    t.label.ja,
    t.label.en,
    t.slots,
    JSON.stringify(t.itemsToBring),
    JSON.stringify(t.itemsToBringForProxy),
    at,
    by,
    t.code,
  )
}

export interface HoldRow {
  id: string
  type: BookingTypeCode
  date: LocalDate
  start_min: number
  end_min: number
  people: number
  staff_id: string
  created_at: string
  expires_at: string
}

export function insertHold(db: Db, hold: HoldRow): void {
  stmt(
    db,
    `INSERT INTO slot_holds (id, type, date, start_min, end_min, people, staff_id, created_at, expires_at)
     VALUES (@id, @type, @date, @start_min, @end_min, @people, @staff_id, @created_at, @expires_at)`,
  ).run(hold)
}

export function findHold(db: Db, id: string): HoldRow | undefined {
  return stmt(db, 'SELECT * FROM slot_holds WHERE id = ?').get(id) as HoldRow | undefined
}

export function deleteHold(db: Db, id: string): boolean {
  return stmt(db, 'DELETE FROM slot_holds WHERE id = ?').run(id).changes > 0
}

/** Expired holds count for nothing already; deleting them only keeps the table small. */
/** The earliest expiry after `nowIso` of the holds on these dates, or null when none is live. */
export function firstHoldExpiry(db: Db, from: LocalDate, to: LocalDate, nowIso: string): string | null {
  return stmt(db, 'SELECT min(expires_at) FROM slot_holds WHERE date BETWEEN ? AND ? AND expires_at > ?')
    .pluck()
    .get(from, to, nowIso) as string | null
}

export function deleteExpiredHolds(db: Db, nowIso: string): number {
  return stmt(db, 'DELETE FROM slot_holds WHERE expires_at <= ?').run(nowIso).changes
}
