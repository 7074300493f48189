import { createHash } from 'node:crypto'
import {
  attendanceDue,
  type Booking,
  type BookingEvent,
  type CreateBookingRequest,
  type CreateBookingResponse,
  fits,
  kanaSearchKey,
  type MoveBookingRequest,
  nameSearchKey,
  newId,
  newRef,
  spanOf,
  timeOfMinutes,
} from '@madoguchi/shared'
import { auditedInGroup, refusal } from '../audit/unit'
import type { Db } from '../db/open'
import type { Deps } from '../deps'
import { AppError } from '../errors'
import { type Actor, mayOverrideWindow } from './actor'
import { bookableSlot, slotFull } from './availability'
import { bookingSetup } from './calendar-service'
import { releaseOwn } from './holds'
import {
  type BookingRow,
  bookingsOfGroup,
  findBooking,
  findIdempotency,
  insertBooking,
  insertEvent,
  insertIdempotency,
  type NewBookingRow,
  occupantsOn,
  refExists,
  toBooking,
  updatePlace,
  updateStatus,
} from './queries'

function uniqueRef(db: Db): string {
  // 32^6 references: a clash is rare, and the UNIQUE constraint stays the last word.
  for (let i = 0; i < 20; i++) {
    const ref = newRef()
    if (!refExists(db, ref)) return ref
  }
  throw new Error('could not find a free booking reference')
}

function event(
  db: Db,
  row: { id: string; version: number },
  actor: Actor,
  action: BookingEvent['action'],
  at: string,
  detail?: Record<string, string>,
) {
  insertEvent(db, {
    booking_id: row.id,
    at,
    actor_id: actor.user.id,
    action,
    version: row.version,
    detail: detail ? JSON.stringify(detail) : null,
  })
}

export interface CreateOutcome {
  body: CreateBookingResponse
  /** The same request was seen before: this is its stored answer, and nothing new was booked. */
  replayed: boolean
}

/**
 * Book one or more people (a family) into one slot, all or none. The idempotency check, the window
 * and capacity checks and every insert run in one write transaction (BEGIN IMMEDIATE, shared with
 * the other writes of this turn by group commit, see db/group-commit.ts), so two requests for
 * the last place, in this process or another, cannot both see it free.
 */
export function createBookings(
  deps: Deps,
  actor: Actor,
  request: CreateBookingRequest,
): Promise<CreateOutcome> {
  if (request.overrideWindow && !mayOverrideWindow(actor)) throw new AppError('forbidden')
  const { idempotencyKey, ...rest } = request
  const requestHash = createHash('sha256').update(JSON.stringify(rest)).digest('base64url')
  const now = deps.now()
  const nowIso = now.toISOString()
  const db = deps.db

  // Rows are written per booking created (unit.record), so `entry` is null.
  return auditedInGroup(deps, actor, null, (unit) => {
    const seen = findIdempotency(db, actor.user.id, idempotencyKey)
    if (seen) {
      if (seen.request_hash !== requestHash) throw new AppError('idempotency_key_reused')
      // The bookings that request made, as they stand now (a later move or cancel shows): the answer
      // carries every person of the group again, so it is audited like a read.
      const group = bookingsOfGroup(db, seen.group_id).map(toBooking)
      unit.record({
        action: 'booking.create_replayed',
        entity: 'booking_group',
        entityId: seen.group_id,
        detail: { ids: group.map((b) => b.id) },
      })
      return { body: { groupId: seen.group_id, bookings: group }, replayed: true }
    }
    const { calendar: cal, lengths: lengthOf, longestMinutes } = bookingSetup(db)
    const { day, slot } = bookableSlot(cal, request.date, request.time, now, request.overrideWindow)
    const lengths = request.people.map((p) => lengthOf.get(p.type) ?? 1)
    // The hold's places become the booking's: release it first so they are not counted twice.
    // If the booking then fails, the rollback restores the hold.
    if (request.holdId) releaseOwn(deps, actor, request.holdId)
    const reach = spanOf(day, slot.startMin, Math.max(...lengths))
    const around = reach && { fromMin: reach.startMin, toMin: reach.endMin, longestMinutes }
    if (!around || !fits(day, slot.startMin, lengths, occupantsOn(db, request.date, around, nowIso))) {
      throw slotFull(db, cal, { lengths, now, from: request.date, overrideWindow: request.overrideWindow })
    }

    const groupId = newId()
    const bookings: Booking[] = request.people.map((person, i) => {
      const span = spanOf(day, slot.startMin, lengths[i] ?? 1)
      if (!span) throw new Error('fits() passed a span that does not exist')
      const row: NewBookingRow = {
        id: newId(),
        ref: uniqueRef(db),
        group_id: groupId,
        type: person.type,
        date: request.date,
        start_min: span.startMin,
        end_min: span.endMin,
        status: 'booked',
        name: person.name,
        name_key: nameSearchKey(person.name),
        kana: person.kana,
        kana_key: kanaSearchKey(person.kana),
        birth_date: person.birthDate,
        phone: person.phone,
        proxy: person.proxy ? 1 : 0,
        channel: request.channel,
        created_by: actor.user.id,
        created_at: nowIso,
        updated_at: nowIso,
        version: 1,
      }
      insertBooking(db, row)
      event(db, row, actor, 'created', nowIso, {
        date: row.date,
        time: request.time,
        type: row.type,
        channel: row.channel,
        ...(request.overrideWindow ? { overrideWindow: 'true' } : {}),
      })
      unit.record({ action: 'booking.create', entity: 'booking', entityId: row.id, detail: { groupId } })
      return toBooking({ ...row, created_by_name: actor.user.displayName })
    })
    insertIdempotency(db, {
      staff_id: actor.user.id,
      key: idempotencyKey,
      request_hash: requestHash,
      group_id: groupId,
      created_at: nowIso,
    })
    return { body: { groupId, bookings }, replayed: false }
  })
}

/** Load a booking for a change: 404 if unknown, 409 if changed since, 409 if no longer live. */
function bookingForChange(db: Db, id: string, expectedVersion: number): BookingRow {
  const row = findBooking(db, id)
  if (!row) throw new AppError('not_found')
  if (row.version !== expectedVersion) {
    // The answer shows the booking as it stands, person included: audited (see audit/unit.ts).
    throw refusal(new AppError('version_conflict', undefined, { current: toBooking(row) }), [row.id])
  }
  if (row.status !== 'booked') throw new AppError('booking_not_live', undefined, { status: row.status })
  return row
}

/**
 * Move a booking to another slot, atomically: the old place is freed and the new one taken in one
 * transaction, and the capacity check leaves the booking itself out so a move to an overlapping
 * time does not count it twice.
 */
export function moveBooking(
  deps: Deps,
  actor: Actor,
  id: string,
  request: MoveBookingRequest,
): Promise<Booking> {
  if (request.overrideWindow && !mayOverrideWindow(actor)) throw new AppError('forbidden')
  const now = deps.now()
  const nowIso = now.toISOString()
  const db = deps.db
  return auditedInGroup(deps, actor, { action: 'booking.move', entity: 'booking', entityId: id }, (unit) => {
    const row = bookingForChange(db, id, request.expectedVersion)
    unit.carried(id)
    const { calendar: cal, lengths, longestMinutes } = bookingSetup(db)
    const { day, slot } = bookableSlot(cal, request.date, request.time, now, request.overrideWindow)
    const length = lengths.get(row.type) ?? 1
    if (request.holdId) releaseOwn(deps, actor, request.holdId)
    const span = spanOf(day, slot.startMin, length)
    const around = span && { fromMin: span.startMin, toMin: span.endMin, longestMinutes }
    if (
      !around ||
      !fits(day, slot.startMin, [length], occupantsOn(db, request.date, around, nowIso, row.id))
    ) {
      throw slotFull(db, cal, {
        lengths: [length],
        now,
        from: request.date,
        overrideWindow: request.overrideWindow,
      })
    }
    const next = {
      ...row,
      date: request.date,
      start_min: span.startMin,
      end_min: span.endMin,
      updated_at: nowIso,
      version: row.version + 1,
    }
    updatePlace(db, next)
    event(db, next, actor, 'moved', nowIso, {
      from: `${row.date} ${timeOfMinutes(row.start_min)}`,
      to: `${next.date} ${timeOfMinutes(next.start_min)}`,
    })
    return toBooking(next)
  })
}

const ACTION_OF = { cancelled: 'cancelled', attended: 'attended', no_show: 'no_show' } as const

/** Cancel, or mark attended or no-show: only a live booking, and only as the version the caller saw. */
export function changeStatus(
  deps: Deps,
  actor: Actor,
  id: string,
  status: keyof typeof ACTION_OF,
  request: { expectedVersion: number; reason?: string },
): Promise<Booking> {
  const now = deps.now()
  const nowIso = now.toISOString()
  const entry = { action: `booking.${status}`, entity: 'booking', entityId: id }
  return auditedInGroup(deps, actor, entry, (unit) => {
    const row = bookingForChange(deps.db, id, request.expectedVersion)
    unit.carried(id)
    if (status !== 'cancelled' && !attendanceDue(status, { date: row.date, startMin: row.start_min }, now)) {
      throw new AppError('attendance_not_due', undefined, {
        date: row.date,
        time: timeOfMinutes(row.start_min),
      })
    }
    const next = { ...row, status, updated_at: nowIso, version: row.version + 1 }
    updateStatus(deps.db, next)
    event(
      deps.db,
      next,
      actor,
      ACTION_OF[status],
      nowIso,
      request.reason ? { reason: request.reason } : undefined,
    )
    return toBooking(next)
  })
}
