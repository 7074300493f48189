import { z } from 'zod'
import { Uuid } from '../text/formats'

/**
 * The device audit trail: staff opening a visitor's record on a tablet, recorded there (often offline)
 * and sent to the server, which writes each entry into its audit log once. Ids only: an entry says who
 * (the staff member who unlocked the tablet), which record and when, never what the record holds.
 */

/** What was read: the intake screen, a stored face photo, a consultation note. */
export const DEVICE_AUDIT_ACTIONS = ['intake.read', 'photo.read', 'note.read'] as const
export type DeviceAuditAction = (typeof DEVICE_AUDIT_ACTIONS)[number]

/** The record entity each action reads, as the server's audit log names it. */
export const DEVICE_AUDIT_ENTITY: Record<DeviceAuditAction, 'intake' | 'photo' | 'consultation_note'> = {
  'intake.read': 'intake',
  'photo.read': 'photo',
  'note.read': 'consultation_note',
}

/** Entries per request; the device sends its queue in batches of this size. */
export const DEVICE_AUDIT_BATCH = 500

/**
 * How far ahead of the server's clock an entry's `at` may be. A tablet's clock drifts a little; an
 * entry further ahead (or older than `DEVICE_AUDIT_MAX_AGE_MS`) is still stored, never refused with
 * the rest of its batch, but at the time the server received it, with the device's claimed time
 * beside it in the detail: a wrong tablet clock must not stop the sync or lose an audit row.
 */
export const DEVICE_AUDIT_CLOCK_SKEW_MS = 10 * 60_000
/** The oldest an entry may be: a tablet offline longer than this is not plausible. */
export const DEVICE_AUDIT_MAX_AGE_MS = 180 * 24 * 60 * 60_000
/** At most this many reads in one unrecorded count (far beyond a tablet's real use). */
export const UNRECORDED_MAX_COUNT = 1_000_000

export const DeviceAuditEntry = z.object({
  /** UUIDv7 made on the device; the server stores each id once, so a resend changes nothing. */
  id: Uuid,
  /** When it was opened, by the device's clock. */
  at: z.string().datetime({ offset: true, message: 'invalid_format' }),
  action: z.enum(DEVICE_AUDIT_ACTIONS),
  recordId: Uuid,
  sessionId: Uuid,
  /** The staff member who unlocked the tablet (may differ from the signed-in account). */
  actedBy: Uuid.optional(),
})
export type DeviceAuditEntry = z.infer<typeof DeviceAuditEntry>

/**
 * Reads the device could not list because its queue was full (see pwa/src/audit/): a count over a
 * time span, sent once under its own id so that what was not itemised is still in the audit log.
 */
export const UnrecordedReads = z
  .object({
    id: Uuid,
    count: z.number().int().min(1).max(UNRECORDED_MAX_COUNT),
    from: z.string().datetime({ offset: true, message: 'invalid_format' }),
    to: z.string().datetime({ offset: true, message: 'invalid_format' }),
  })
  .refine((u) => Date.parse(u.to) >= Date.parse(u.from), { path: ['to'], message: 'date_out_of_range' })
export type UnrecordedReads = z.infer<typeof UnrecordedReads>

export const DeviceAuditRequest = z
  .object({
    deviceId: Uuid,
    entries: z.array(DeviceAuditEntry).max(DEVICE_AUDIT_BATCH),
    unrecorded: UnrecordedReads.optional(),
  })
  .refine((r) => r.entries.length > 0 || r.unrecorded !== undefined, {
    message: 'required',
    path: ['entries'],
  })
export type DeviceAuditRequest = z.infer<typeof DeviceAuditRequest>

export const DeviceAuditResponse = z.object({
  /** Entries written to the audit log by this request. */
  stored: z.number().int().min(0),
  /** Entries the server already held (a resend after a lost answer). */
  duplicate: z.number().int().min(0),
  /** Entries stored at the server's time because the device's was out of range (its clock is wrong). */
  corrected: z.number().int().min(0).optional(),
  /**
   * Entries not written because they name a record the server never had and the device never listed
   * (forged, or a record deleted before it was ever sent). They are done with: the device drops them.
   */
  refused: z.number().int().min(0).optional(),
})
export type DeviceAuditResponse = z.infer<typeof DeviceAuditResponse>

/** Whether a device time is further ahead of `now` than clock drift explains. */
export function isAheadOfClock(at: string, now: Date): boolean {
  return Date.parse(at) - now.getTime() > DEVICE_AUDIT_CLOCK_SKEW_MS
}

/** Whether a device time cannot be taken as it is: ahead of `now` beyond drift, or implausibly old. */
export function isOutOfClockRange(at: string, now: Date): boolean {
  return isAheadOfClock(at, now) || now.getTime() - Date.parse(at) > DEVICE_AUDIT_MAX_AGE_MS
}
