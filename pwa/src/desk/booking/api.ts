import {
  AvailabilityResponse,
  Booking,
  BookingDetail,
  BookingSearchResult,
  type BookingTypeCode,
  BookingTypeDef,
  BookingTypeList,
  CalendarDoc,
  CalendarStrandsDetails,
  Closure,
  ClosureList,
  type ClosureReason,
  type CounterCalendar,
  CreateBookingResponse,
  DayList,
  Hold,
  MonthView,
  type Slot,
  SlotFullDetails,
  type UpdateBookingTypeRequest,
} from '@madoguchi/shared'
import { ApiRequestError, api } from '../../app/api'

/** The booking API as the desk calls it: each answer checked against the shared wire schema. */

const qs = (params: Record<string, string | number | undefined>) =>
  new URLSearchParams(
    Object.entries(params)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  ).toString()

export const bookingApi = {
  types: () => api('/api/booking/types', { schema: BookingTypeList }),
  search: (q: string, signal?: AbortSignal) =>
    api(`/api/bookings/search?${qs({ q })}`, { schema: BookingSearchResult, signal }),
  availability: (type: BookingTypeCode, people: number, signal?: AbortSignal) =>
    api(`/api/booking/availability?${qs({ type, people, limit: 60 })}`, {
      schema: AvailabilityResponse,
      signal,
    }),
  hold: (body: { type: BookingTypeCode; date: string; time: string; people: number; replaces?: string }) =>
    api('/api/booking/holds', { method: 'POST', body, schema: Hold }),
  release: (id: string) => api(`/api/booking/holds/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  create: (body: unknown) => api('/api/bookings', { method: 'POST', body, schema: CreateBookingResponse }),
  detail: (id: string) => api(`/api/bookings/${encodeURIComponent(id)}`, { schema: BookingDetail }),
  move: (id: string, body: { date: string; time: string; holdId?: string; expectedVersion: number }) =>
    api(`/api/bookings/${encodeURIComponent(id)}/move`, { method: 'POST', body, schema: Booking }),
  status: (id: string, action: 'cancel' | 'attended' | 'no-show', expectedVersion: number, reason?: string) =>
    api(`/api/bookings/${encodeURIComponent(id)}/${action}`, {
      method: 'POST',
      body: reason ? { expectedVersion, reason } : { expectedVersion },
      schema: Booking,
    }),
  closures: () => api('/api/booking/closures', { schema: ClosureList }),
  recordClosure: (body: { date: string; reason: ClosureReason; note?: string; expectedVersion: number }) =>
    api('/api/booking/closures', { method: 'POST', body, schema: Closure }),
  markCallback: (closureId: string, bookingId: string, outcome: 'reached' | 'not_reached') =>
    api(`/api/booking/closures/${encodeURIComponent(closureId)}/callbacks/${encodeURIComponent(bookingId)}`, {
      method: 'POST',
      body: { outcome },
      schema: Closure,
    }),
  day: (date: string) => api(`/api/bookings/day/${date}`, { schema: DayList }),
  month: (month: string) => api(`/api/booking/month?${qs({ month })}`, { schema: MonthView }),
  calendar: () => api('/api/booking/calendar', { schema: CalendarDoc }),
  saveCalendar: (expectedVersion: number, calendar: CounterCalendar) =>
    api('/api/booking/calendar', { method: 'PUT', body: { expectedVersion, calendar }, schema: CalendarDoc }),
  saveType: (code: BookingTypeCode, body: UpdateBookingTypeRequest) =>
    api(`/api/booking/types/${code}`, { method: 'PUT', body, schema: BookingTypeDef }),
}

/** The export link: a plain GET the browser downloads with the session cookie. */
export function exportUrl(from: string, to: string, encoding: 'utf8' | 'sjis'): string {
  return `/api/bookings/export.csv?${qs({ from, to, encoding })}`
}

/** The next free slots a 409 `slot_full` offers, or null for any other failure. */
export function offeredSlots(error: unknown): Slot[] | null {
  if (!(error instanceof ApiRequestError) || error.code !== 'slot_full') return null
  const parsed = SlotFullDetails.safeParse(error.details)
  return parsed.success ? parsed.data.nextFree : []
}

/** The bookings a refused calendar change would strand (409 `calendar_strands_bookings`). */
export function strandedBookings(error: unknown) {
  if (!(error instanceof ApiRequestError) || error.code !== 'calendar_strands_bookings') return null
  const parsed = CalendarStrandsDetails.safeParse(error.details)
  return parsed.success ? parsed.data.bookings : []
}
