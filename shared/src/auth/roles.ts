import { z } from 'zod'

/** Staff roles. Order matters only for display. */
export const ROLES = ['outreach', 'operator', 'supervisor', 'city', 'admin'] as const
export const Role = z.enum(ROLES)
export type Role = z.infer<typeof Role>

/** Which home a role lands on after sign-in: the tablet app or the desk. */
export function homeFor(role: Role): 'outreach' | 'desk' {
  return role === 'outreach' ? 'outreach' : 'desk'
}
