import {
  addDays,
  type CounterCalendar,
  dateParts,
  daysInMonth,
  holidayName,
  type Lang,
  type LocalDate,
  localDateOf,
  type MonthView,
  weekday,
} from '@madoguchi/shared'

/**
 * The month as the supervisor reads it: weeks of days from Sunday, each day open (with how many
 * places are used of how many) or closed with the reason in words. Pure, so it is unit-tested.
 */

/** Why a day is closed, as a catalog key suffix: weekend (土日) and weekday closures are told apart. */
export type ClosedWhy = 'weekend' | 'weekday' | 'holiday' | 'year_end' | 'exception' | 'no_period'

export interface DayCell {
  date: LocalDate
  day: number
  weekday: number
  open: boolean
  closed?: ClosedWhy
  /** The holiday's name (祝日) or the supervisor's note on a closure or an extra opening. */
  note?: string
  /** An open day that the calendar opened by date (a Saturday opening). */
  extra: boolean
  used: number
  capacity: number
}

/** Weeks of seven, Sunday first; null fills the days before the 1st and after the last. */
export type MonthGrid = (DayCell | null)[][]

export function buildMonthGrid(view: MonthView, calendar: CounterCalendar | null, lang: Lang): MonthGrid {
  const cells = view.days.map((d): DayCell => {
    const date = d.date
    const wd = weekday(date)
    const exception = calendar?.exceptions.find((e) => e.date === date)
    const used = d.slots.reduce((sum, s) => sum + s.booked + s.held, 0)
    const capacity = d.slots.reduce((sum, s) => sum + s.capacity, 0)
    const base = { date, day: dateParts(date).day, weekday: wd, used, capacity }
    if (d.open) return { ...base, open: true, extra: exception?.open === true, note: exception?.note }
    const closed = closedWhy(d.reason, wd)
    const note = closed === 'holiday' ? (holidayName(date, lang) ?? undefined) : exception?.note
    return { ...base, open: false, closed, note, extra: false }
  })
  const weeks: MonthGrid = []
  let week: (DayCell | null)[] = Array.from({ length: cells[0]?.weekday ?? 0 }, () => null)
  for (const cell of cells) {
    week.push(cell)
    if (week.length === 7) {
      weeks.push(week)
      week = []
    }
  }
  if (week.length > 0) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)])
  return weeks
}

function closedWhy(reason: string | undefined, wd: number): ClosedWhy {
  switch (reason) {
    case 'holiday':
    case 'year_end':
    case 'exception':
    case 'no_period':
      return reason
    default:
      return wd === 0 || wd === 6 ? 'weekend' : 'weekday'
  }
}

/** How full a day is, 0–1, for the small bar. */
export function fill(cell: DayCell): number {
  return cell.capacity > 0 ? Math.min(1, cell.used / cell.capacity) : 0
}

export function monthOf(date: LocalDate): string {
  return date.slice(0, 7)
}

/** The same day of another month, clamped to its last day (31 Jan + 1 month → 28/29 Feb). */
export function shiftMonth(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = dateParts(date)
  const index = year * 12 + (month - 1) + months
  const y = Math.floor(index / 12)
  const m = (index % 12) + 1
  return localDateOf(y, m, Math.min(day, daysInMonth(y, m)))
}

export function firstOfMonth(date: LocalDate): LocalDate {
  const { year, month } = dateParts(date)
  return localDateOf(year, month, 1)
}

export function lastOfMonth(date: LocalDate): LocalDate {
  const { year, month } = dateParts(date)
  return localDateOf(year, month, daysInMonth(year, month))
}

/**
 * Where a key moves the selected day in the month grid: arrows by a day or a week, PageUp/PageDown
 * by a month, Home/End to the month's ends. Null for a key the grid does not use.
 */
export function moveSelection(date: LocalDate, key: string): LocalDate | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(date, -1)
    case 'ArrowRight':
      return addDays(date, 1)
    case 'ArrowUp':
      return addDays(date, -7)
    case 'ArrowDown':
      return addDays(date, 7)
    case 'PageUp':
      return shiftMonth(date, -1)
    case 'PageDown':
      return shiftMonth(date, 1)
    case 'Home':
      return firstOfMonth(date)
    case 'End':
      return lastOfMonth(date)
    default:
      return null
  }
}
