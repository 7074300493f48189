import {
  Booking,
  BookingDetail,
  BookingSearchQuery,
  BookingSearchResult,
  ChangeStatusRequest,
  CreateBookingRequest,
  CreateBookingResponse,
  DayList,
  DayListParams,
  ExportQuery,
  IdParams,
  MoveBookingRequest,
} from '@madoguchi/shared'
import { current } from '../auth/current'
import type { Deps } from '../deps'
import { feature, route } from '../http/route'
import { ensureBookingDefaults } from './calendar-service'
import { exportCsv } from './export'
import { dayList, readBooking, search } from './read-service'
import { changeStatus, createBookings, moveBooking } from './service'

const statusRoute = (path: string, status: 'cancelled' | 'attended' | 'no_show', summary: string) =>
  route({
    method: 'post',
    path,
    permission: 'booking.write',
    summary,
    params: IdParams,
    body: ChangeStatusRequest,
    response: Booking,
    handler: async (c, { params, body }) =>
      c.json(await changeStatus(c.var.deps, current(c), params.id, status, body)),
  })

/** Bookings (交付予約): create, find, read, move, cancel, attend; the day list and the CSV export. */
export function bookingFeature(deps: Pick<Deps, 'db'>) {
  ensureBookingDefaults(deps.db)
  // Static paths first: Hono tries routes in order, and '/:id' would match '/search'.
  return feature('booking', '/api/bookings', [
    route({
      method: 'post',
      path: '/',
      permission: 'booking.write',
      summary:
        'Book one or more people (a family) into one slot, all or none. 409 slot_full carries details.nextFree; the same idempotencyKey answers again without booking twice.',
      body: CreateBookingRequest,
      response: CreateBookingResponse,
      status: 201,
      handler: async (c, { body }) => {
        const outcome = await createBookings(c.var.deps, current(c), body, c.var.lang)
        if (outcome.replayed) c.header('idempotent-replayed', 'true')
        return c.json(outcome.body, 201)
      },
    }),
    route({
      method: 'get',
      path: '/search',
      permission: 'booking.read',
      summary: 'Find bookings by reference, phone number, kana, date of birth or name (one box; recognised)',
      query: BookingSearchQuery,
      response: BookingSearchResult,
      handler: (c, { query }) => c.json(search(c.var.deps, current(c), query.q)),
    }),
    route({
      method: 'get',
      path: '/day/:date',
      permission: 'booking.read',
      summary: "A day's bookings in time order, for the counter's printed list",
      params: DayListParams,
      response: DayList,
      handler: (c, { params }) => c.json(dayList(c.var.deps, current(c), params.date)),
    }),
    route({
      method: 'get',
      path: '/export.csv',
      permission: 'booking.export',
      summary:
        'Bookings of a date range as CSV (UTF-8 with BOM; ?encoding=sjis for Shift_JIS), CRLF, formula-safe',
      query: ExportQuery,
      handler: (c, { query }) => {
        const { bytes, filename } = exportCsv(c.var.deps, current(c), query)
        return c.body(bytes, 200, {
          'content-type': `text/csv; charset=${query.encoding === 'sjis' ? 'Shift_JIS' : 'utf-8'}`,
          'content-disposition': `attachment; filename="${filename}"`,
          'cache-control': 'no-store',
        })
      },
    }),
    route({
      method: 'get',
      path: '/:id',
      permission: 'booking.read',
      summary: 'One booking with its history (who did what, when) and the others booked with it',
      params: IdParams,
      response: BookingDetail,
      handler: (c, { params }) => c.json(readBooking(c.var.deps, current(c), params.id)),
    }),
    route({
      method: 'post',
      path: '/:id/move',
      permission: 'booking.write',
      summary: 'Move to another slot atomically; 409 version_conflict if changed since expectedVersion',
      params: IdParams,
      body: MoveBookingRequest,
      response: Booking,
      handler: async (c, { params, body }) =>
        c.json(await moveBooking(c.var.deps, current(c), params.id, body)),
    }),
    statusRoute('/:id/cancel', 'cancelled', 'Cancel a booking'),
    statusRoute('/:id/attended', 'attended', 'Mark a booking attended (来庁)'),
    statusRoute('/:id/no-show', 'no_show', 'Mark a booking no-show'),
  ])
}
