import { z } from 'zod'
import { Role } from '../auth/roles'
import { safeText } from '../text/safe-text'

/**
 * A login ID an administrator gives a new account: lower-case letters, digits and . _ - only, 3 to 32
 * characters, starting with a letter. The bounded alphabet keeps IDs readable over the phone and keeps
 * anything else typed into the box (a name, a phone number) out of the audit log, which names the ID.
 */
export const NewLoginId = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { message: 'required' })
  .max(32, { message: 'too_long' })
  .regex(/^[a-z][a-z0-9._-]{2,31}$/, { message: 'login_id_format' })

const DisplayName = safeText({ max: 40, min: 1, trim: true })
/** A city department (担当課) by name, as the departments list holds it; null for contractor staff. */
const StaffDepartment = safeText({ max: 40, min: 1, trim: true }).nullable()

/** A staff account as the admin's screen sees it. Never the password or its hash. */
export const StaffAccount = z.object({
  id: z.string(),
  loginId: z.string(),
  displayName: z.string(),
  role: Role,
  department: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  disabledAt: z.string().nullable(),
})
export type StaffAccount = z.infer<typeof StaffAccount>

/** The accounts, and the departments a city account may be given (the screen's choices). */
export const StaffList = z.object({ staff: z.array(StaffAccount), departments: z.array(z.string()) })
export type StaffList = z.infer<typeof StaffList>

export const CreateStaffRequest = z.object({
  loginId: NewLoginId,
  displayName: DisplayName,
  role: Role,
  department: StaffDepartment.default(null),
})
export type CreateStaffRequest = z.input<typeof CreateStaffRequest>

/** Role and department change together: a city account's department is part of what its role sees. */
export const ChangeStaffRequest = z.object({
  role: Role,
  department: StaffDepartment.default(null),
})
export type ChangeStaffRequest = z.input<typeof ChangeStaffRequest>

export const SetActiveRequest = z.object({ active: z.boolean() })

/** A new account or a reset: the one time the password is shown, to be handed to the staff member. */
export const StaffWithPassword = z.object({ staff: StaffAccount, password: z.string() })
export type StaffWithPassword = z.infer<typeof StaffWithPassword>

/** Letters and digits that cannot be misread for each other when read out (no 0/o, 1/l/i). */
const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'

/**
 * An initial password: 12 characters in three groups (`abcd-efgh-jkmn`), about 59 bits, from the
 * given random bytes (the server passes crypto's). Grouped so it can be read out and typed.
 */
export function initialPassword(random: Uint8Array): string {
  if (random.length < 12) throw new Error('initialPassword needs 12 random bytes')
  const chars = [...random.slice(0, 12)].map((b) => PASSWORD_ALPHABET[b % PASSWORD_ALPHABET.length])
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8, 12)].map((g) => g.join('')).join('-')
}
