import type { SessionUser } from '@madoguchi/shared'

/** A signed-in staff member's live session, as the gate loads it for each request. */
export interface StaffSession {
  user: SessionUser
  tokenHash: string
  csrfToken: string
  expiresAt: string
}

/** Who is acting: the signed-in staff member, as services see them (never the Request). */
export type Actor = Pick<StaffSession, 'user'>
