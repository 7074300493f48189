import { z } from 'zod'
import { containsIndividualNumber } from '../individual-number'
import { Role } from './roles'

export const LoginId = z
  .string()
  .trim()
  .min(1, { message: 'required' })
  .max(64, { message: 'too_long' })
  .regex(/^[a-z0-9._-]+$/i, { message: 'invalid_format' })
  // A login id is written into the audit log when it names a staff member: never a number there.
  .refine((v) => !containsIndividualNumber(v), { message: 'individual_number' })

export const SignInRequest = z.object({
  loginId: LoginId,
  password: z.string().min(1, { message: 'required' }).max(256, { message: 'too_long' }),
})
export type SignInRequest = z.infer<typeof SignInRequest>

/** The signed-in staff member as the PWA sees them. No personal data beyond the display name. */
export const SessionUser = z.object({
  id: z.string(),
  loginId: z.string(),
  displayName: z.string(),
  role: Role,
  /** The city department (担当課) a city staff member belongs to; null for contractor staff. */
  department: z.string().nullable().optional(),
})
export type SessionUser = z.infer<typeof SessionUser>

export const SessionInfo = z.object({
  user: SessionUser,
  /** ISO instant when the server session expires. */
  expiresAt: z.string(),
  /** Sent back in the X-CSRF-Token header on every cookie-authenticated write. */
  csrfToken: z.string(),
})
export type SessionInfo = z.infer<typeof SessionInfo>
