import {
  type CalendarException,
  type CalendarPeriod,
  CounterCalendar,
  type CounterContact,
  DEFAULT_COUNTER_CONTACT,
  type FieldProblem,
  fieldProblemsOf,
} from '@madoguchi/shared'

/**
 * The calendar editor's form: the calendar document as the inputs hold it (strings, a closed weekday
 * keeps its hours so ticking it open again restores them), and the way back, checked with the same
 * schema the server uses. Pure, so the conversion both ways is unit-tested.
 */

export interface WeekdayForm {
  open: boolean
  opens: string
  closes: string
}

export interface PeriodForm {
  from: string
  to: string
  /** Sunday … Saturday, as in the calendar. */
  weekdays: WeekdayForm[]
  slotMinutes: string
  capacity: string
}

export interface ExceptionForm {
  date: string
  open: boolean
  opens: string
  closes: string
  /** Empty: the period's capacity. */
  capacity: string
  note: string
}

export interface RulesForm {
  opensDaysAhead: string
  closesDaysBefore: string
  holdMinutes: string
}

export interface CalendarForm {
  periods: PeriodForm[]
  exceptions: ExceptionForm[]
  rules: RulesForm
  /** Printed on each booking confirmation. */
  contact: CounterContact
}

const DEFAULT_OPENS = '08:45'
const DEFAULT_CLOSES = '17:15'

export function periodToForm(p: CalendarPeriod): PeriodForm {
  return {
    from: p.from,
    to: p.to,
    weekdays: p.weekdays.map((h) => ({
      open: h !== null,
      opens: h?.opens ?? DEFAULT_OPENS,
      closes: h?.closes ?? DEFAULT_CLOSES,
    })),
    slotMinutes: String(p.slotMinutes),
    capacity: String(p.capacity),
  }
}

export function exceptionToForm(e: CalendarException): ExceptionForm {
  return e.open
    ? {
        date: e.date,
        open: true,
        opens: e.opens,
        closes: e.closes,
        capacity: e.capacity === undefined ? '' : String(e.capacity),
        note: e.note ?? '',
      }
    : {
        date: e.date,
        open: false,
        opens: DEFAULT_OPENS,
        closes: DEFAULT_CLOSES,
        capacity: '',
        note: e.note ?? '',
      }
}

export function toForm(cal: CounterCalendar): CalendarForm {
  return {
    periods: cal.periods.map(periodToForm),
    exceptions: [...cal.exceptions].sort((a, b) => (a.date < b.date ? -1 : 1)).map(exceptionToForm),
    rules: {
      opensDaysAhead: String(cal.rules.opensDaysAhead),
      closesDaysBefore: String(cal.rules.closesDaysBefore),
      holdMinutes: String(cal.rules.holdMinutes),
    },
    contact: { ...(cal.contact ?? DEFAULT_COUNTER_CONTACT) },
  }
}

/** A whole number as typed (full-width digits too); NaN for anything else, which the schema refuses. */
export function numberOf(text: string): number {
  const ascii = text.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
  return /^\d+$/.test(ascii) ? Number(ascii) : Number.NaN
}

/** The calendar the form describes, not yet checked. */
export function fromForm(form: CalendarForm): unknown {
  return {
    periods: form.periods.map((p) => ({
      from: p.from,
      to: p.to,
      weekdays: p.weekdays.map((w) => (w.open ? { opens: w.opens, closes: w.closes } : null)),
      slotMinutes: numberOf(p.slotMinutes),
      capacity: numberOf(p.capacity),
    })),
    exceptions: form.exceptions.map((e) => {
      const note = e.note.trim() === '' ? {} : { note: e.note.trim() }
      if (!e.open) return { date: e.date, open: false, ...note }
      const capacity = e.capacity.trim() === '' ? {} : { capacity: numberOf(e.capacity) }
      return { date: e.date, open: true, opens: e.opens, closes: e.closes, ...capacity, ...note }
    }),
    rules: {
      opensDaysAhead: numberOf(form.rules.opensDaysAhead),
      closesDaysBefore: numberOf(form.rules.closesDaysBefore),
      holdMinutes: numberOf(form.rules.holdMinutes),
    },
    contact: {
      place: form.contact.place.trim(),
      address: form.contact.address.trim(),
      phone: form.contact.phone.trim(),
    },
  }
}

export type FieldErrors = Record<string, FieldProblem[]>

/** The form checked with the shared schema: the calendar to send, or the problems by field path. */
export function checkForm(
  form: CalendarForm,
  translate: (key: string) => string,
): { ok: true; calendar: CounterCalendar } | { ok: false; fields: FieldErrors } {
  const result = CounterCalendar.safeParse(fromForm(form))
  if (result.success) return { ok: true, calendar: result.data }
  return { ok: false, fields: fieldProblemsOf(result.error.issues, translate) }
}

/** The server names fields from the request body (`calendar.periods.0.to`); the form from the calendar. */
export function formFieldErrors(fields: FieldErrors): FieldErrors {
  const out: FieldErrors = {}
  for (const [path, problems] of Object.entries(fields)) {
    const key = path.startsWith('calendar.') ? path.slice('calendar.'.length) : path
    out[key] = [...(out[key] ?? []), ...problems]
  }
  return out
}

/** A new period starting the day after the last one ends, with its hours and windows. */
export function newPeriod(form: CalendarForm): PeriodForm {
  const last = form.periods.at(-1)
  if (last) return { ...last, weekdays: last.weekdays.map((w) => ({ ...w })), from: '', to: '' }
  const weekday = (open: boolean) => ({ open, opens: DEFAULT_OPENS, closes: DEFAULT_CLOSES })
  return {
    from: '',
    to: '',
    weekdays: [0, 1, 2, 3, 4, 5, 6].map((d) => weekday(d >= 1 && d <= 5)),
    slotMinutes: '15',
    capacity: '2',
  }
}

export function newException(date: string, open: boolean): ExceptionForm {
  return { date, open, opens: '09:00', closes: '12:00', capacity: '', note: '' }
}
