import { z } from 'zod'
import { isNationalHoliday } from '../calendar/holidays'
import { addDays, type LocalDate, LocalDateSchema, weekday } from '../calendar/local-date'
import { minutesOfTime, type TimeOfDay, timeOfMinutes } from '../calendar/time-of-day'
import { fromTokyo, type Instant, tokyoDate } from '../calendar/tokyo'
import { isYearEndClosure } from '../calendar/year-end'
import { safeText } from '../text/safe-text'

/**
 * The issuance counter's calendar as data: which days it opens, its hours, how long a slot is and
 * how many counter windows serve each slot. The call center's hours are a separate thing
 * (calendar/call-center.ts). A supervisor edits this document; the server keeps one copy.
 */

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'invalid_format' })

export const DayHours = z
  .object({ opens: Time, closes: Time })
  .refine((h) => h.opens < h.closes, { message: 'invalid_value', path: ['closes'] })
  .nullable()
export type DayHours = z.infer<typeof DayHours>

export const CalendarPeriod = z
  .object({
    from: LocalDateSchema,
    to: LocalDateSchema,
    /** Index 0 = Sunday … 6 = Saturday; null is closed. */
    weekdays: z.array(DayHours).length(7),
    slotMinutes: z.number().int().min(5).max(120),
    /** Counter windows: how many people each slot serves at once. */
    capacity: z.number().int().min(0).max(50),
  })
  .refine((p) => p.from <= p.to, { message: 'invalid_value', path: ['to'] })
export type CalendarPeriod = z.infer<typeof CalendarPeriod>

export const CalendarException = z.discriminatedUnion('open', [
  z.object({ date: LocalDateSchema, open: z.literal(false), note: safeText({ max: 100 }).optional() }),
  z
    .object({
      date: LocalDateSchema,
      open: z.literal(true),
      opens: Time,
      closes: Time,
      /** Windows on that day; the period's capacity when absent. */
      capacity: z.number().int().min(0).max(50).optional(),
      note: safeText({ max: 100 }).optional(),
    })
    .refine((e) => e.opens < e.closes, { message: 'invalid_value', path: ['closes'] }),
])
export type CalendarException = z.infer<typeof CalendarException>

export const BookingRules = z.object({
  /** The window opens this many days ahead (a booking can be made up to today + N). */
  opensDaysAhead: z.number().int().min(1).max(366),
  /** … and closes this many days before the day (1: tomorrow is the earliest bookable day). */
  closesDaysBefore: z.number().int().min(0).max(60),
  /** How long a 仮押さえ lasts while the operator reads a slot to the caller. */
  holdMinutes: z.number().int().min(1).max(30),
})
export type BookingRules = z.infer<typeof BookingRules>

/** The counter as a booking confirmation prints it: where to come, and the number to call. */
export const CounterContact = z.object({
  place: safeText({ max: 100, min: 1, trim: true }),
  address: safeText({ max: 200, min: 1, trim: true }),
  phone: safeText({ max: 20, min: 1, trim: true }),
})
export type CounterContact = z.infer<typeof CounterContact>

/**
 * PLACEHOLDER, to be set in the calendar editor (開庁日・時間の設定 › 窓口の連絡先) before going live:
 * plausible values for Eniwa City Hall, not checked against the city's real counter or numbers.
 */
export const DEFAULT_COUNTER_CONTACT: CounterContact = {
  place: '恵庭市役所 本庁舎1階 市民課 マイナンバーカード交付窓口',
  address: '〒061-1498 北海道恵庭市京町1番地',
  phone: '0123-33-0000',
}

export const CounterCalendar = z
  .object({
    periods: z.array(CalendarPeriod).max(100),
    exceptions: z.array(CalendarException).max(2000),
    rules: BookingRules,
    /** Absent on calendars saved before it existed: DEFAULT_COUNTER_CONTACT stands in. */
    contact: CounterContact.optional(),
  })
  .superRefine((cal, ctx) => {
    const sorted = [...cal.periods].sort((a, b) => (a.from < b.from ? -1 : 1))
    for (let i = 1; i < sorted.length; i++) {
      if ((sorted[i]?.from ?? '') <= (sorted[i - 1]?.to ?? '')) {
        ctx.addIssue({ code: 'custom', message: 'periods_overlap', path: ['periods'] })
      }
    }
    const dates = cal.exceptions.map((e) => e.date)
    if (new Set(dates).size !== dates.length) {
      ctx.addIssue({ code: 'custom', message: 'duplicate_date', path: ['exceptions'] })
    }
  })
export type CounterCalendar = z.infer<typeof CounterCalendar>

const WEEKDAY_HOURS: DayHours = { opens: '08:45', closes: '17:15' }

/** The defaults from the domain facts: weekdays 8:45–17:15, 15-minute slots, 2 windows, 60/1 days. */
export const DEFAULT_COUNTER_CALENDAR: CounterCalendar = {
  periods: [
    {
      from: '2026-10-01',
      to: '2029-09-30',
      weekdays: [null, WEEKDAY_HOURS, WEEKDAY_HOURS, WEEKDAY_HOURS, WEEKDAY_HOURS, WEEKDAY_HOURS, null],
      slotMinutes: 15,
      capacity: 2,
    },
  ],
  exceptions: [],
  rules: { opensDaysAhead: 60, closesDaysBefore: 1, holdMinutes: 5 },
  contact: DEFAULT_COUNTER_CONTACT,
}

export interface SlotDef {
  readonly time: TimeOfDay
  readonly startMin: number
  readonly endMin: number
  readonly capacity: number
}

export type ClosedReason = 'no_period' | 'weekday' | 'holiday' | 'year_end' | 'exception'

/** Shared between callers (see the memo in slotsOfDay): treat as read-only. */
export type DaySchedule =
  | {
      readonly open: true
      readonly date: LocalDate
      readonly slotMinutes: number
      readonly slots: readonly SlotDef[]
    }
  | { readonly open: false; readonly date: LocalDate; readonly reason: ClosedReason }

export function periodOf(cal: CounterCalendar, date: LocalDate): CalendarPeriod | undefined {
  return cal.periods.find((p) => p.from <= date && date <= p.to)
}

function slotsBetween(opens: string, closes: string, slotMinutes: number, capacity: number): SlotDef[] {
  const slots: SlotDef[] = []
  const end = minutesOfTime(closes as TimeOfDay)
  for (let start = minutesOfTime(opens as TimeOfDay); start + slotMinutes <= end; start += slotMinutes) {
    slots.push({ time: timeOfMinutes(start), startMin: start, endMin: start + slotMinutes, capacity })
  }
  return slots
}

/**
 * The slots of one day. An exception for the date wins over everything (a supervisor set it on
 * purpose, e.g. a Saturday opening); then the year-end closure and national holidays close the
 * counter; then the period's hours for that weekday apply.
 */
export function slotsOfDay(cal: CounterCalendar, date: LocalDate): DaySchedule {
  // Every capacity check and availability list asks for the same days again and again; a calendar
  // is never mutated once loaded (an edit makes a new object), so its days are computed once.
  let days = memo.get(cal)
  if (!days) {
    days = new Map()
    memo.set(cal, days)
  }
  let day = days.get(date)
  if (!day) {
    day = computeDay(cal, date)
    if (days.size > 2000) days.clear()
    days.set(date, day)
  }
  return day
}

const memo = new WeakMap<CounterCalendar, Map<LocalDate, DaySchedule>>()

function computeDay(cal: CounterCalendar, date: LocalDate): DaySchedule {
  const period = periodOf(cal, date)
  const exception = cal.exceptions.find((e) => e.date === date)
  if (exception) {
    if (!exception.open) return { open: false, date, reason: 'exception' }
    const slotMinutes = period?.slotMinutes ?? 15
    const capacity = exception.capacity ?? period?.capacity ?? 2
    return {
      open: true,
      date,
      slotMinutes,
      slots: slotsBetween(exception.opens, exception.closes, slotMinutes, capacity),
    }
  }
  if (isYearEndClosure(date)) return { open: false, date, reason: 'year_end' }
  if (isNationalHoliday(date)) return { open: false, date, reason: 'holiday' }
  if (!period) return { open: false, date, reason: 'no_period' }
  const hours = period.weekdays[weekday(date)]
  if (!hours) return { open: false, date, reason: 'weekday' }
  return {
    open: true,
    date,
    slotMinutes: period.slotMinutes,
    slots: slotsBetween(hours.opens, hours.closes, period.slotMinutes, period.capacity),
  }
}

/** The first and last bookable dates on the Tokyo calendar at `now`. */
export function bookingWindow(rules: BookingRules, now: Instant): { first: LocalDate; last: LocalDate } {
  const today = tokyoDate(now)
  return { first: addDays(today, rules.closesDaysBefore), last: addDays(today, rules.opensDaysAhead) }
}

export type NotBookable = 'closed' | 'not_a_slot' | 'past' | 'outside_window'
export type Bookability =
  | { ok: true; slot: SlotDef; day: DaySchedule & { open: true } }
  | { ok: false; reason: NotBookable }

/**
 * Whether a slot may be booked at `now`. A supervisor's override lifts the booking window, never
 * the calendar: a closed day or a slot that has already begun stays unbookable.
 */
export function isBookable(
  cal: CounterCalendar,
  date: LocalDate,
  time: string,
  now: Instant,
  options: { overrideWindow?: boolean } = {},
): Bookability {
  const day = slotsOfDay(cal, date)
  if (!day.open) return { ok: false, reason: 'closed' }
  const slot = day.slots.find((s) => s.time === time)
  if (!slot) return { ok: false, reason: 'not_a_slot' }
  if (fromTokyo(date, slot.startMin) <= (typeof now === 'number' ? now : now.getTime())) {
    return { ok: false, reason: 'past' }
  }
  if (!options.overrideWindow) {
    const { first, last } = bookingWindow(cal.rules, now)
    if (date < first || date > last) return { ok: false, reason: 'outside_window' }
  }
  return { ok: true, slot, day }
}
