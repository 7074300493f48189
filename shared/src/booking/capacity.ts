import { addDays, type LocalDate } from '../calendar/local-date'
import { fromTokyo, type Instant } from '../calendar/tokyo'
import {
  bookingWindow,
  type CounterCalendar,
  type DaySchedule,
  type SlotDef,
  slotsOfDay,
} from './calendar-config'

/**
 * The capacity rule, once, for the server and the desk. A person of a type that takes L slots
 * occupies L consecutive slots from the chosen start. A slot's used count is the live bookings plus
 * the unexpired holds that overlap it in time; it may never exceed the slot's capacity.
 *
 * Occupancy is kept as minute intervals rather than slot indexes, so a booking made under one slot
 * length still counts correctly after a supervisor changes the length.
 */
export interface Occupant {
  startMin: number
  endMin: number
  /** 1 for a booking; the party size for a hold. */
  count: number
}

export function usedIn(slot: { startMin: number; endMin: number }, occupants: readonly Occupant[]): number {
  let used = 0
  for (const o of occupants) if (o.startMin < slot.endMin && o.endMin > slot.startMin) used += o.count
  return used
}

type OpenDay = DaySchedule & { open: true }

/**
 * The used count of every slot of a day at once. An occupant overlaps a run of consecutive slots,
 * so it is placed by binary search and walked forward: a busy day costs occupants × overlap, not
 * occupants × slots.
 */
export function usedBySlot(day: OpenDay, occupants: readonly Occupant[]): number[] {
  const slots = day.slots
  const used = new Array<number>(slots.length).fill(0)
  for (const o of occupants) {
    // The first slot that ends after the occupant starts.
    let lo = 0
    let hi = slots.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((slots[mid]?.endMin ?? 0) <= o.startMin) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < slots.length && (slots[i]?.startMin ?? 0) < o.endMin; i++)
      used[i] = (used[i] ?? 0) + o.count
  }
  return used
}

/** The interval a person of length `slots` takes from `startMin` on this day, or null if the day ends first. */
export function spanOf(
  day: OpenDay,
  startMin: number,
  slots: number,
): { startMin: number; endMin: number } | null {
  const index = day.slots.findIndex((s) => s.startMin === startMin)
  const last = day.slots[index + slots - 1]
  if (index < 0 || !last) return null
  // Consecutive means no gap: each slot starts where the previous one ended.
  for (let i = index + 1; i < index + slots; i++) {
    if (day.slots[i]?.startMin !== day.slots[i - 1]?.endMin) return null
  }
  return { startMin, endMin: last.endMin }
}

/**
 * Places left for a party starting at slot `index`: the smallest spare capacity over the slots the
 * longest member covers, or -1 when the party does not fit. `lengths` holds each member's slots.
 */
export function spareFor(
  day: OpenDay,
  index: number,
  lengths: readonly number[],
  used: readonly number[],
): number {
  const longest = Math.max(...lengths)
  let spare = Number.POSITIVE_INFINITY
  for (let j = 0; j < longest; j++) {
    const slot = day.slots[index + j]
    if (!slot || (j > 0 && slot.startMin !== day.slots[index + j - 1]?.endMin)) return -1
    // Members still at the counter in the j-th slot: those longer than j.
    const demand = lengths.filter((l) => l > j).length
    const free = slot.capacity - (used[index + j] ?? 0)
    if (free < demand) return -1
    spare = Math.min(spare, free)
  }
  return spare
}

/** Whether a party of `lengths` fits when starting at `startMin` on this day. */
export function fits(
  day: OpenDay,
  startMin: number,
  lengths: readonly number[],
  occupants: readonly Occupant[],
): boolean {
  const index = day.slots.findIndex((s) => s.startMin === startMin)
  return index >= 0 && lengths.length > 0 && spareFor(day, index, lengths, usedBySlot(day, occupants)) >= 0
}

export interface FreeSlot {
  date: LocalDate
  time: string
  remaining: number
  capacity: number
}

/**
 * The next slots a party fits into, in time order, inside the booking window (or from `from` with
 * an override). `occupantsOf` gives the occupancy of a date; the server loads it in one query.
 */
export function nextFreeSlots(options: {
  cal: CounterCalendar
  lengths: readonly number[]
  occupantsOf: (date: LocalDate) => readonly Occupant[]
  now: Instant
  from?: LocalDate
  to?: LocalDate
  limit: number
  overrideWindow?: boolean
}): FreeSlot[] {
  const { cal, lengths, occupantsOf, now, limit } = options
  const window = bookingWindow(cal.rules, now)
  const first =
    options.from && (options.overrideWindow || options.from > window.first) ? options.from : window.first
  const last = options.to && (options.overrideWindow || options.to < window.last) ? options.to : window.last
  const nowMs = typeof now === 'number' ? now : now.getTime()
  const found: FreeSlot[] = []
  for (let date = first; date <= last && found.length < limit; date = addDays(date, 1)) {
    const day = slotsOfDay(cal, date)
    if (!day.open) continue
    const used = usedBySlot(day, occupantsOf(date))
    day.slots.forEach((slot, index) => {
      if (found.length >= limit) return
      if (fromTokyo(date, slot.startMin) <= nowMs) return // already begun
      const spare = spareFor(day, index, lengths, used)
      if (spare >= 0) found.push({ date, time: slot.time, remaining: spare, capacity: slot.capacity })
    })
  }
  return found
}

export interface SlotUsage extends SlotDef {
  used: number
  remaining: number
}

/** Every slot of a day with its use, for the supervisor's month view and the day list. */
export function usageOfDay(cal: CounterCalendar, date: LocalDate, occupants: readonly Occupant[]) {
  const day = slotsOfDay(cal, date)
  if (!day.open) return { ...day, slots: [] as SlotUsage[] }
  const counts = usedBySlot(day, occupants)
  // Properties written out: spreading the shared slot objects measured ~30× slower in V8 here.
  const slots = day.slots.map((slot, i): SlotUsage => {
    const used = counts[i] ?? 0
    const { time, startMin, endMin, capacity } = slot
    return { time, startMin, endMin, capacity, used, remaining: Math.max(0, capacity - used) }
  })
  return { ...day, slots }
}

export interface PlacedBooking {
  id: string
  date: LocalDate
  startMin: number
  endMin: number
}

/**
 * The bookings a calendar would strand: their day closes, their time falls outside the new hours,
 * or a slot they use would hold more bookings than its new capacity (every booking in such a slot
 * is listed, since the supervisor decides which to move).
 */
export function strandedBookings(cal: CounterCalendar, bookings: readonly PlacedBooking[]): string[] {
  const byDate = new Map<LocalDate, PlacedBooking[]>()
  for (const b of bookings) byDate.set(b.date, [...(byDate.get(b.date) ?? []), b])
  const stranded = new Set<string>()
  for (const [date, list] of byDate) {
    const day = slotsOfDay(cal, date)
    if (!day.open) {
      for (const b of list) stranded.add(b.id)
      continue
    }
    const opens = day.slots[0]?.startMin ?? 0
    const closes = day.slots.at(-1)?.endMin ?? 0
    for (const b of list) if (b.startMin < opens || b.endMin > closes) stranded.add(b.id)
    const occupants = list.map((b) => ({ startMin: b.startMin, endMin: b.endMin, count: 1 }))
    for (const slot of day.slots) {
      if (usedIn(slot, occupants) <= slot.capacity) continue
      for (const b of list) if (b.startMin < slot.endMin && b.endMin > slot.startMin) stranded.add(b.id)
    }
  }
  return [...stranded]
}
