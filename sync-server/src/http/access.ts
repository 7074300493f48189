import type { Permission } from '@madoguchi/shared'

/**
 * Who may call a route: a permission from the one table in shared/src/auth/permissions.ts, 'public'
 * for the few routes used before sign-in, or 'telephony' for the telephone service's webhook, which
 * authenticates with its own per-provider bearer token (never a staff cookie, never a role). Routes
 * never list roles themselves.
 */
export type Access = Permission | 'public' | 'telephony'

/** Whether a route is for signed-in staff: its access is a permission of the table. */
export function isPermission(access: Access): access is Permission {
  return access !== 'public' && access !== 'telephony'
}
