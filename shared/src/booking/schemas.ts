import { z } from 'zod'
import { LocalDateSchema } from '../calendar/local-date'
import { containsIndividualNumber } from '../individual-number'
import { BirthDate, Uuid } from '../text/formats'
import { safeText } from '../text/safe-text'
import { kanaSearchKey, nameSearchKey, normalisePhone, toKatakana } from './search-query'
import { BookingChannel, BookingStatus, BookingTypeCode } from './types'

/** 'HH:MM' on the quarter-hour grid or any other slot length the calendar uses. */
export const SlotTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'invalid_format' })

/**
 * Katakana (full-width), spaces and the long-vowel mark. Hiragana and half-width kana are folded to
 * katakana on the way in (the same `toKatakana` the desk uses), so either side may normalise.
 */
export const Kana = z.preprocess(
  (v) => (typeof v === 'string' ? toKatakana(v) : v),
  z
    .string()
    .trim()
    .min(1, { message: 'required' })
    .max(60, { message: 'too_long' })
    // `*`, not `+`: an empty field is `required` alone, not also a wrong format.
    .regex(/^[\u30A0-\u30FF\s\u3000]*$/u, { message: 'invalid_format' }),
)

/** A date of birth as typed: empty says `required` (入力してください), not `invalid_date`. */
const TypedBirthDate = z.string().trim().min(1, { message: 'required' }).pipe(BirthDate)

/** Japanese phone numbers as digits only (10 or 11); hyphens and full-width digits are stripped on the way in. */
export const Phone = z.preprocess(
  (v) => (typeof v === 'string' ? (normalisePhone(v) ?? v) : v),
  z.string().regex(/^0\d{9,10}$/, { message: 'invalid_format' }),
)

/** The person details the counter needs, and nothing more. Never the individual number. */
export const BookingPerson = z.object({
  // The server also stores the search keys it derives (NFKC, spaces dropped): they pass the guard too.
  name: safeText({ max: 60, min: 1, trim: true }).refine((v) => !containsIndividualNumber(nameSearchKey(v)), {
    message: 'individual_number',
  }),
  kana: Kana.refine((v) => !containsIndividualNumber(kanaSearchKey(v)), { message: 'individual_number' }),
  birthDate: TypedBirthDate,
  phone: Phone,
})
export type BookingPerson = z.infer<typeof BookingPerson>

export const Slot = z.object({
  date: LocalDateSchema,
  time: SlotTime,
  /** Bookable places left, after live bookings and unexpired holds. */
  remaining: z.number().int().min(0),
  capacity: z.number().int().min(0),
})
export type Slot = z.infer<typeof Slot>

export const AvailabilityQuery = z.object({
  type: BookingTypeCode,
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
  /** How many people must fit at the same time (a family booking together). */
  people: z.coerce.number().int().min(1).max(8).default(1),
  limit: z.coerce.number().int().min(1).max(500).default(20),
})
export type AvailabilityQuery = z.infer<typeof AvailabilityQuery>

/** 仮押さえ: a slot held while the operator reads it to the caller; it expires by itself. */
export const HoldRequest = z.object({
  type: BookingTypeCode,
  date: LocalDateSchema,
  time: SlotTime,
  people: z.number().int().min(1).max(8).default(1),
  /** A supervisor may hold outside the booking window (to book it with an override). */
  overrideWindow: z.boolean().default(false),
  /** A hold of the same operator to release in the same step (moving the cursor to another slot). */
  replaces: Uuid.optional(),
})
export type HoldRequest = z.infer<typeof HoldRequest>

export const Hold = z.object({
  id: z.string(),
  type: BookingTypeCode,
  date: LocalDateSchema,
  time: SlotTime,
  people: z.number().int(),
  expiresAt: z.string(),
})
export type Hold = z.infer<typeof Hold>

export const BookingPartyMember = BookingPerson.extend({
  type: BookingTypeCode,
  proxy: z.boolean().default(false),
})

/** One call books one or more people (a family) at the same time, all or none. */
export const CreateBookingRequest = z.object({
  /** Made by the client once per booking attempt; a retry or double click sends the same key. */
  idempotencyKey: Uuid,
  date: LocalDateSchema,
  time: SlotTime,
  /** The hold this booking turns into; its places are used instead of counted twice. */
  holdId: Uuid.optional(),
  channel: BookingChannel.default('phone'),
  people: z.array(BookingPartyMember).min(1, { message: 'required' }).max(8, { message: 'too_big' }),
  /** A supervisor may book outside the booking window. */
  overrideWindow: z.boolean().default(false),
})
export type CreateBookingRequest = z.infer<typeof CreateBookingRequest>

export const Booking = z.object({
  id: z.string(),
  ref: z.string(),
  type: BookingTypeCode,
  date: LocalDateSchema,
  time: SlotTime,
  endTime: SlotTime,
  status: BookingStatus,
  person: BookingPerson,
  proxy: z.boolean(),
  channel: BookingChannel,
  /** Bookings made together in one call share a group. */
  groupId: z.string(),
  createdBy: z.string(),
  /** The display name of who entered it, for the history and the printout. */
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Raised on every change; a move or cancel names the version it was made against. */
  version: z.number().int(),
})
export type Booking = z.infer<typeof Booking>

export const BookingEvent = z.object({
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.enum(['created', 'moved', 'cancelled', 'attended', 'no_show', 'updated']),
  /** What changed, without personal data: e.g. { from: '2026-12-03 10:15', to: '2026-12-04 09:00' }. */
  detail: z.record(z.string(), z.string()).optional(),
})
export type BookingEvent = z.infer<typeof BookingEvent>

export const MoveBookingRequest = z.object({
  date: LocalDateSchema,
  time: SlotTime,
  holdId: Uuid.optional(),
  expectedVersion: z.number().int(),
  overrideWindow: z.boolean().default(false),
})
export type MoveBookingRequest = z.infer<typeof MoveBookingRequest>

export const ChangeStatusRequest = z.object({
  expectedVersion: z.number().int(),
  reason: safeText({ max: 200, multiline: true }).optional(),
})

/** The desk's one search box: the server recognises a reference, a phone number, kana or a birth date. */
export const BookingSearchQuery = z.object({
  q: z.string().trim().min(1, { message: 'required' }).max(60, { message: 'too_long' }),
})

/** 409 `slot_full` carries the next free slots so the operator can offer one at once. */
export const SlotFullDetails = z.object({ nextFree: z.array(Slot) })
