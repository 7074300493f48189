import {
  type Callback,
  type Closure,
  type ClosureList,
  type LocalDate,
  type MarkCallbackRequest,
  newId,
  type RecordClosureRequest,
  type TimeOfDay,
  timeOfMinutes,
  tokyoDate,
} from '@madoguchi/shared'
import { audited } from '../audit/unit'
import type { Db } from '../db/open'
import { stmt } from '../db/statements'
import type { Deps } from '../deps'
import { AppError, fieldProblem } from '../errors'
import type { Actor } from './actor'
import { currentCalendar, strandedBy, writeCalendar } from './calendar-service'
import { calendarRow } from './setup-queries'

// Emergency closures (臨時休業) and their call-back lists. Recording one closes the day in the
// counter calendar at once, whatever is booked on it (unlike a calendar edit, which refuses), and
// lists the bookings it stranded; the desk then calls each one back. Every answer here names
// people and phone numbers, so every read and change is an audited unit naming the bookings.

interface ClosureRow {
  id: string
  date: LocalDate
  reason: Closure['reason']
  note: string | null
  created_at: string
  created_by_name: string | null
}

interface CallbackRow {
  closure_id: string
  booking_id: string
  ref: string
  type: Callback['type']
  date: LocalDate
  start_min: number
  name: string
  phone: string
  status: Callback['status']
  outcome: Callback['outcome']
  attempts: number
  last_called_at: string | null
  last_called_by_name: string | null
}

/** How far back the list reaches: closures of the last week and any day ahead. */
const LIST_DAYS_BACK = 7

export function recordClosure(
  deps: Deps,
  actor: Actor,
  request: RecordClosureRequest,
  lang: 'ja' | 'en',
): Closure {
  const now = deps.now()
  return audited(deps, actor, null, (unit) => {
    const version = calendarRow(deps.db)?.version ?? 0
    if (version !== request.expectedVersion) {
      throw new AppError('version_conflict', undefined, { currentVersion: version })
    }
    if (request.date < tokyoDate(now)) {
      throw new AppError('validation_failed', { date: [fieldProblem(lang, 'invalid_value')] })
    }
    if (stmt(deps.db, 'SELECT 1 FROM booking_closures WHERE date = ?').get(request.date)) {
      throw new AppError('conflict', { date: [fieldProblem(lang, 'invalid_value')] })
    }
    const calendar = currentCalendar(deps.db)
    const note = request.note || undefined
    const closed = {
      ...calendar,
      exceptions: [
        ...calendar.exceptions.filter((e) => e.date !== request.date),
        { date: request.date, open: false as const, ...(note ? { note: note.slice(0, 100) } : {}) },
      ],
    }
    // The bookings of that day only: a closure strands nothing else.
    const stranded = strandedBy(deps.db, closed, request.date).filter((b) => b.date === request.date)
    writeCalendar(deps.db, actor, closed, version + 1, now)
    const id = newId()
    stmt(
      deps.db,
      `INSERT INTO booking_closures (id, date, reason, note, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(id, request.date, request.reason, note ?? null, now.toISOString(), actor.user.id)
    const insert = stmt(deps.db, 'INSERT INTO booking_callbacks (closure_id, booking_id) VALUES (?, ?)')
    for (const b of stranded) insert.run(id, b.id)
    unit.record({
      action: 'booking_closure.create',
      entity: 'booking_closure',
      entityId: id,
      detail: { reason: request.reason, calendarVersion: version + 1, bookings: stranded.length },
    })
    const closure = closureOf(deps.db, id)
    unit.record({
      action: 'booking_closure.read',
      entity: 'booking_closure',
      entityId: id,
      detail: { ids: closure.callbacks.map((c) => c.id) },
    })
    return closure
  })
}

export function listClosures(deps: Deps, actor: Actor): ClosureList {
  const from = tokyoDate(new Date(deps.now().getTime() - LIST_DAYS_BACK * 86_400_000))
  return audited(deps, actor, { action: 'booking_closure.list', entity: 'booking_closure' }, (unit) => {
    const ids = stmt(deps.db, 'SELECT id FROM booking_closures WHERE date >= ? ORDER BY date DESC').all(
      from,
    ) as { id: string }[]
    const closures = ids.map((row) => closureOf(deps.db, row.id))
    unit.carried(closures.flatMap((c) => c.callbacks.map((b) => b.id)))
    unit.note({ results: closures.length })
    return { closures }
  })
}

export function markCallback(
  deps: Deps,
  actor: Actor,
  closureId: string,
  bookingId: string,
  request: MarkCallbackRequest,
): Closure {
  const now = deps.now()
  const entry = {
    action: 'booking_callback.mark',
    entity: 'booking',
    entityId: bookingId,
    detail: { closure: closureId, outcome: request.outcome },
  }
  return audited(deps, actor, entry, (unit) => {
    const changed = stmt(
      deps.db,
      `UPDATE booking_callbacks SET outcome = ?, attempts = attempts + 1, last_called_at = ?,
         last_called_by = ? WHERE closure_id = ? AND booking_id = ?`,
    ).run(request.outcome, now.toISOString(), actor.user.id, closureId, bookingId)
    if (changed.changes === 0) throw new AppError('not_found')
    const closure = closureOf(deps.db, closureId)
    unit.carried(closure.callbacks.map((c) => c.id))
    return closure
  })
}

function closureOf(db: Db, id: string): Closure {
  const row = stmt(
    db,
    `SELECT c.*, s.display_name AS created_by_name FROM booking_closures c
     LEFT JOIN staff s ON s.id = c.created_by WHERE c.id = ?`,
  ).get(id) as ClosureRow | undefined
  if (!row) throw new AppError('not_found')
  const callbacks = stmt(
    db,
    `SELECT k.closure_id, k.booking_id, b.ref, b.type, b.date, b.start_min, b.name, b.phone, b.status,
       k.outcome, k.attempts, k.last_called_at, s.display_name AS last_called_by_name
     FROM booking_callbacks k JOIN bookings b ON b.id = k.booking_id
     LEFT JOIN staff s ON s.id = k.last_called_by
     WHERE k.closure_id = ? ORDER BY b.start_min, b.ref`,
  ).all(id) as CallbackRow[]
  return {
    id: row.id,
    date: row.date,
    reason: row.reason,
    note: row.note,
    createdAt: row.created_at,
    createdBy: row.created_by_name,
    callbacks: callbacks.map((k) => ({
      id: k.booking_id,
      ref: k.ref,
      type: k.type,
      date: k.date,
      time: timeOfMinutes(k.start_min) as TimeOfDay,
      name: k.name,
      phone: k.phone,
      status: k.status,
      outcome: k.outcome,
      attempts: k.attempts,
      lastCalledAt: k.last_called_at,
      lastCalledBy: k.last_called_by_name,
    })),
  }
}
