import type { Permission } from '@madoguchi/shared'

/**
 * Who may call a route: a permission from the one table in shared/src/auth/permissions.ts, or 'public'
 * for the few routes used before sign-in. Routes never list roles themselves.
 */
export type Access = Permission | 'public'
