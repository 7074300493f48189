import { z } from 'zod'
import { LocalDateSchema } from '../calendar/local-date'
import { tokyoDate } from '../calendar/tokyo'
import { containsIndividualNumber } from '../individual-number'

/**
 * Strict formats for the stored strings that are not free text. An id is never a place to write
 * something: it has an alphabet and a length, and where it is a code a person chose (a site id,
 * a checklist item) it passes the individual-number guard as well.
 */

/** A UUID as newId() makes it (records, mutations, devices, staff, idempotency keys). */
export const Uuid = z.string().uuid({ message: 'invalid_format' })

/** A code id of reference data ('site-demo-mall', 'a_drivers_license'): ASCII, at most 64. */
export const CodeId = z
  .string()
  .max(64, { message: 'too_long' })
  .regex(/^[a-z0-9][a-z0-9_.-]*$/i, { message: 'invalid_format' })
  .refine((v) => !containsIndividualNumber(v), { message: 'individual_number' })

/** A birth date: from 1900-01-01 to today in Tokyo (a newborn's card may be applied for). */
export const BirthDate = LocalDateSchema.refine((d) => d >= '1900-01-01' && d <= tokyoDate(Date.now()), {
  message: 'date_out_of_range',
})

/** An instant from a device clock, ISO 8601 with an offset, between 2000 and 2100. */
export const PlausibleInstant = z
  .string()
  .datetime({ offset: true, message: 'invalid_format' })
  .refine(
    (v) => {
      const t = Date.parse(v)
      return t >= Date.UTC(2000, 0, 1) && t < Date.UTC(2101, 0, 1)
    },
    { message: 'date_out_of_range' },
  )
