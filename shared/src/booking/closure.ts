import { z } from 'zod'
import { LocalDateSchema } from '../calendar/local-date'
import { Uuid } from '../text/formats'
import { safeText } from '../text/safe-text'
import { BookingStub } from './api'
import { BookingStatus } from './types'

// An emergency closure (臨時休業: snow, a system fault): the counter closes a day at once, whatever
// is booked on it, and the bookings it strands become a call-back list the desk works through.
// The bookings are not cancelled: the caller is reached first, then moved or cancelled as they say.

export const CLOSURE_REASONS = ['snow', 'system', 'other'] as const
export const ClosureReason = z.enum(CLOSURE_REASONS)
export type ClosureReason = z.infer<typeof ClosureReason>

export const RecordClosureRequest = z.object({
  date: LocalDateSchema,
  reason: ClosureReason,
  note: safeText({ max: 200, trim: true }).optional(),
  /** The calendar version the supervisor saw: the closure is written into the calendar. */
  expectedVersion: z.number().int(),
})
export type RecordClosureRequest = z.infer<typeof RecordClosureRequest>

/** Where a call-back stands: not yet called, spoken to, or called without an answer. */
export const CALLBACK_OUTCOMES = ['pending', 'reached', 'not_reached'] as const
export const CallbackOutcome = z.enum(CALLBACK_OUTCOMES)
export type CallbackOutcome = z.infer<typeof CallbackOutcome>

export const MarkCallbackRequest = z.object({ outcome: z.enum(['reached', 'not_reached']) })
export type MarkCallbackRequest = z.infer<typeof MarkCallbackRequest>

/** One booking to call back: who and which number, and how far the desk got. */
export const Callback = BookingStub.extend({
  name: z.string(),
  phone: z.string(),
  /** The booking as it stands now (moved or cancelled after the call, or still booked). */
  status: BookingStatus,
  outcome: CallbackOutcome,
  attempts: z.number().int(),
  lastCalledAt: z.string().nullable(),
  lastCalledBy: z.string().nullable(),
})
export type Callback = z.infer<typeof Callback>

export const Closure = z.object({
  id: Uuid,
  date: LocalDateSchema,
  reason: ClosureReason,
  note: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  callbacks: z.array(Callback),
})
export type Closure = z.infer<typeof Closure>

export const ClosureList = z.object({ closures: z.array(Closure) })
export type ClosureList = z.infer<typeof ClosureList>

export const ClosureParams = z.object({ id: Uuid })
export const CallbackParams = z.object({ id: Uuid, bookingId: Uuid })
