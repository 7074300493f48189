import type { StaffSession } from '../http/env'

/** Who is acting: the signed-in staff member, as services see them (never the Request). */
export type Actor = Pick<StaffSession, 'user'>

/** Supervisors and admins run the calendar: they may book outside the window and release any hold. */
export function isSupervisor(actor: Actor): boolean {
  return actor.user.role === 'supervisor' || actor.user.role === 'admin'
}

export const mayOverrideWindow = isSupervisor
