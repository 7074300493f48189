import { z } from 'zod'
import { LocalDateSchema } from '../calendar/local-date'
import { Uuid } from '../text/formats'
import { safeText } from '../text/safe-text'
import { CounterCalendar } from './calendar-config'
import { Booking, BookingEvent, Slot, SlotTime } from './schemas'
import { BookingTypeCode, BookingTypeDef } from './types'

// Request and response shapes of the booking API beyond the core contract in schemas.ts. The desk
// and the server both read them; the OpenAPI document is generated from them.

export const CreateBookingResponse = z.object({ groupId: z.string(), bookings: z.array(Booking) })
export type CreateBookingResponse = z.infer<typeof CreateBookingResponse>

/** One booking with its history and the others booked in the same call. */
export const BookingDetail = z.object({
  booking: Booking,
  events: z.array(BookingEvent),
  group: z.array(Booking),
})
export type BookingDetail = z.infer<typeof BookingDetail>

export const RecognisedQuerySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ref'), ref: z.string() }),
  z.object({ kind: z.literal('invalid_ref'), text: z.string() }),
  z.object({ kind: z.literal('phone'), phone: z.string() }),
  z.object({ kind: z.literal('birth_date'), birthDate: LocalDateSchema }),
  z.object({ kind: z.literal('kana'), kana: z.string() }),
  z.object({ kind: z.literal('name'), name: z.string() }),
])

export const BookingSearchResult = z.object({
  /** What the search box was read as, so the desk can say "電話番号で検索". */
  recognised: RecognisedQuerySchema,
  bookings: z.array(Booking),
})
export type BookingSearchResult = z.infer<typeof BookingSearchResult>

export const AvailabilityResponse = z.object({
  slots: z.array(Slot),
  /** The booking window at the time of asking. */
  window: z.object({ first: LocalDateSchema, last: LocalDateSchema }),
})
export type AvailabilityResponse = z.infer<typeof AvailabilityResponse>

export const DayListParams = z.object({ date: LocalDateSchema })
export const DayList = z.object({ date: LocalDateSchema, bookings: z.array(Booking) })
export type DayList = z.infer<typeof DayList>

export const MonthQuery = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'invalid_format' }),
})
export const SlotUse = z.object({
  time: SlotTime,
  capacity: z.number().int(),
  booked: z.number().int(),
  held: z.number().int(),
  remaining: z.number().int(),
})
export const MonthView = z.object({
  month: z.string(),
  days: z.array(
    z.object({
      date: LocalDateSchema,
      open: z.boolean(),
      /** Why a closed day is closed: weekday, holiday, year_end, exception, no_period. */
      reason: z.string().optional(),
      slots: z.array(SlotUse),
    }),
  ),
})
export type MonthView = z.infer<typeof MonthView>

export const CalendarDoc = z.object({
  version: z.number().int(),
  calendar: CounterCalendar,
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
})
export type CalendarDoc = z.infer<typeof CalendarDoc>

export const UpdateCalendarRequest = z.object({
  expectedVersion: z.number().int(),
  calendar: CounterCalendar,
})
export type UpdateCalendarRequest = z.infer<typeof UpdateCalendarRequest>

/** A booking named in a 409 answer (stranded by a calendar change): no personal data. */
export const BookingStub = z.object({
  id: z.string(),
  ref: z.string(),
  type: BookingTypeCode,
  date: LocalDateSchema,
  time: SlotTime,
})
/**
 * The 409 of a calendar change that would strand bookings: each with the name and phone to call, so
 * the refusal is audited with their ids (audit/unit.ts, refusal).
 */
export const StrandedBooking = BookingStub.extend({ name: z.string(), phone: z.string() })
export type StrandedBooking = z.infer<typeof StrandedBooking>
export const CalendarStrandsDetails = z.object({ bookings: z.array(StrandedBooking) })

const Text = z.object({
  ja: safeText({ max: 200, min: 1, trim: true }),
  en: safeText({ max: 200, min: 1, trim: true }),
})
export const UpdateBookingTypeRequest = z.object({
  label: Text.optional(),
  slots: z.number().int().min(1).max(8).optional(),
  itemsToBring: z.array(Text).max(20).optional(),
  itemsToBringForProxy: z.array(Text).max(20).optional(),
})
export type UpdateBookingTypeRequest = z.infer<typeof UpdateBookingTypeRequest>
export const BookingTypeList = z.object({ types: z.array(BookingTypeDef) })

export const ExportQuery = z
  .object({
    from: LocalDateSchema,
    to: LocalDateSchema,
    /** UTF-8 with BOM by default; Shift_JIS (CP932) for older Excel set-ups. */
    encoding: z.enum(['utf8', 'sjis']).default('utf8'),
  })
  .refine((q) => q.from <= q.to, { message: 'invalid_value', path: ['to'] })

/** Every id in a path is a UUID the server made (or a call's, made by the desk): nothing else is looked up. */
export const IdParams = z.object({ id: Uuid })
export const CodeParams = z.object({ code: BookingTypeCode })
