import { can } from '@madoguchi/shared'
import type { Actor } from '../auth/session'

export type { Actor }

/** Booking outside the window is for those who run the calendar (the permissions table says who). */
export const mayOverrideWindow = (actor: Actor): boolean => can(actor.user.role, 'booking.overrideWindow')

/** Releasing a hold another operator placed, e.g. one left behind when a call dropped. */
export const mayReleaseAnyHold = (actor: Actor): boolean => can(actor.user.role, 'booking.releaseAnyHold')
