import {
  fits,
  type Hold,
  type HoldRequest,
  newId,
  spanOf,
  type TimeOfDay,
  timeOfMinutes,
} from '@madoguchi/shared'
import { auditedInGroup } from '../audit/unit'
import type { Deps } from '../deps'
import { AppError } from '../errors'
import { type Actor, mayOverrideWindow, mayReleaseAnyHold } from './actor'
import { bookableSlot, slotFull } from './availability'
import { bookingSetup } from './calendar-service'
import { occupantsOn } from './queries'
import { deleteExpiredHolds, deleteHold, findHold, type HoldRow, insertHold } from './setup-queries'

const toHold = (h: HoldRow): Hold => ({
  id: h.id,
  type: h.type,
  date: h.date,
  time: timeOfMinutes(h.start_min) as TimeOfDay,
  people: h.people,
  expiresAt: h.expires_at,
})

/**
 * 仮押さえ: take places in a slot while the operator reads it to the caller. The hold counts
 * against capacity until it expires by itself (the calendar's holdMinutes), is released, or is
 * turned into a booking. Checked and inserted in one write transaction (group commit), like a booking.
 */
export function createHold(deps: Deps, actor: Actor, request: HoldRequest): Promise<Hold> {
  if (request.overrideWindow && !mayOverrideWindow(actor)) throw new AppError('forbidden')
  const now = deps.now()
  const nowIso = now.toISOString()
  // The hold's id is made inside, so its row is written there (unit.record).
  return auditedInGroup(deps, actor, null, (unit) => {
    const db = deps.db
    const { calendar: cal, lengths: lengthOf, longestMinutes } = bookingSetup(db)
    if (request.replaces) releaseOwn(deps, actor, request.replaces)
    const { day, slot } = bookableSlot(cal, request.date, request.time, now, request.overrideWindow)
    const length = lengthOf.get(request.type)
    if (length === undefined) throw new AppError('validation_failed')
    const lengths = Array.from({ length: request.people }, () => length)
    const span = spanOf(day, slot.startMin, length)
    const around = span && { fromMin: span.startMin, toMin: span.endMin, longestMinutes }
    if (!around || !fits(day, slot.startMin, lengths, occupantsOn(db, request.date, around, nowIso))) {
      throw slotFull(db, cal, { lengths, now, from: request.date, overrideWindow: request.overrideWindow })
    }
    const hold: HoldRow = {
      id: newId(),
      type: request.type,
      date: request.date,
      start_min: span.startMin,
      end_min: span.endMin,
      people: request.people,
      staff_id: actor.user.id,
      created_at: nowIso,
      expires_at: new Date(now.getTime() + cal.rules.holdMinutes * 60_000).toISOString(),
    }
    // Housekeeping after the check: a write before it would make a refused hold undo its batch.
    deleteExpiredHolds(db, nowIso)
    insertHold(db, hold)
    unit.record({ action: 'booking_hold.create', entity: 'slot_hold', entityId: hold.id })
    return toHold(hold)
  })
}

/** Release a hold: its owner, or a supervisor or admin. Unknown and foreign holds are 404 alike. */
export function releaseHold(deps: Deps, actor: Actor, id: string): Promise<void> {
  const entry = { action: 'booking_hold.release', entity: 'slot_hold', entityId: id }
  return auditedInGroup(deps, actor, entry, () => {
    if (!releaseOwn(deps, actor, id)) throw new AppError('not_found')
  })
}

/** Inside a write transaction: delete the hold if the actor may; whether it was there to delete. */
export function releaseOwn(deps: Deps, actor: Actor, id: string): boolean {
  const hold = findHold(deps.db, id)
  if (!hold || (hold.staff_id !== actor.user.id && !mayReleaseAnyHold(actor))) return false
  return deleteHold(deps.db, id)
}
