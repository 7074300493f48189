import {
  AvailabilityQuery,
  AvailabilityResponse,
  BookingTypeDef,
  BookingTypeList,
  CalendarDoc,
  CallbackParams,
  Closure,
  ClosureList,
  CodeParams,
  Hold,
  HoldRequest,
  IdParams,
  MarkCallbackRequest,
  MonthQuery,
  MonthView,
  RecordClosureRequest,
  UpdateBookingTypeRequest,
  UpdateCalendarRequest,
} from '@madoguchi/shared'
import { current } from '../auth/current'
import { feature, route } from '../http/route'
import { availability, monthViewJson } from './availability'
import { calendarDoc, updateBookingType, updateCalendar } from './calendar-service'
import { listClosures, markCallback, recordClosure } from './closures'
import { createHold, releaseHold } from './holds'
import { bookingTypes } from './setup-queries'

/** What bookings are made against: types, free slots, holds and the counter calendar. */
export const bookingSetupFeature = feature('booking-setup', '/api/booking', [
  route({
    method: 'get',
    path: '/types',
    permission: 'calendar.read',
    summary: 'Booking types with their length in slots and items to bring',
    response: BookingTypeList,
    handler: (c) => c.json({ types: bookingTypes(c.var.deps.db) }),
  }),
  route({
    method: 'put',
    path: '/types/:code',
    permission: 'calendar.edit',
    summary: "Edit a booking type's label, length or items to bring (existing bookings keep their times)",
    params: CodeParams,
    body: UpdateBookingTypeRequest,
    response: BookingTypeDef,
    handler: (c, { params, body }) => c.json(updateBookingType(c.var.deps, current(c), params.code, body)),
  }),
  route({
    method: 'get',
    path: '/availability',
    permission: 'calendar.read',
    summary: 'The next free slots for a booking type and party size, inside the booking window',
    query: AvailabilityQuery,
    response: AvailabilityResponse,
    handler: (c, { query }) => c.json(availability(c.var.deps, query)),
  }),
  route({
    method: 'get',
    path: '/month',
    permission: 'calendar.read',
    summary: "A month's slots with booked, held and remaining places (the supervisor's view)",
    query: MonthQuery,
    response: MonthView,
    handler: (c, { query }) =>
      c.body(monthViewJson(c.var.deps, query.month), 200, { 'content-type': 'application/json' }),
  }),
  route({
    method: 'post',
    path: '/holds',
    permission: 'booking.write',
    summary: 'Hold places in a slot (仮押さえ) while the slot is read to the caller; expires by itself',
    body: HoldRequest,
    response: Hold,
    status: 201,
    handler: async (c, { body }) => c.json(await createHold(c.var.deps, current(c), body), 201),
  }),
  route({
    method: 'delete',
    path: '/holds/:id',
    permission: 'booking.write',
    summary: 'Release a hold (its owner, or a supervisor)',
    params: IdParams,
    status: 204,
    handler: async (c, { params }) => {
      await releaseHold(c.var.deps, current(c), params.id)
      return c.body(null, 204)
    },
  }),
  route({
    method: 'get',
    path: '/calendar',
    permission: 'calendar.read',
    summary: 'The issuance counter calendar: periods, date exceptions, booking rules',
    response: CalendarDoc,
    handler: (c) => c.json(calendarDoc(c.var.deps.db)),
  }),
  route({
    method: 'put',
    path: '/calendar',
    permission: 'calendar.edit',
    summary: 'Replace the calendar; 409 calendar_strands_bookings lists live bookings it would strand',
    body: UpdateCalendarRequest,
    response: CalendarDoc,
    handler: (c, { body }) => c.json(updateCalendar(c.var.deps, current(c), body)),
  }),
  route({
    method: 'post',
    path: '/closures',
    permission: 'calendar.edit',
    summary:
      'Record an emergency closure (臨時休業) at once: the day closes whatever is booked, and its bookings become a call-back list',
    body: RecordClosureRequest,
    response: Closure,
    status: 201,
    handler: (c, { body }) => c.json(recordClosure(c.var.deps, current(c), body, c.var.lang), 201),
  }),
  route({
    method: 'get',
    path: '/closures',
    permission: 'booking.write',
    summary: 'Emergency closures of the last week and ahead, each with its call-back list (names and phones)',
    response: ClosureList,
    handler: (c) => c.json(listClosures(c.var.deps, current(c))),
  }),
  route({
    method: 'post',
    path: '/closures/:id/callbacks/:bookingId',
    permission: 'booking.write',
    summary: 'Record a call-back attempt: reached or not reached',
    params: CallbackParams,
    body: MarkCallbackRequest,
    response: Closure,
    handler: (c, { params, body }) =>
      c.json(markCallback(c.var.deps, current(c), params.id, params.bookingId, body)),
  }),
])
