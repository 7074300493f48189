import { staffExists } from '../auth/queries'
import type { Deps } from '../deps'

/**
 * Who was at the tablet (the staff member who unlocked it with their own PIN), for the audit row
 * beside the signed-in account. An id that names no staff member is left out of the audit.
 */
export function actedByOf(deps: Deps, m: { actedBy?: string | undefined }): { actedBy?: string } {
  return m.actedBy && staffExists(deps.db, m.actedBy) ? { actedBy: m.actedBy } : {}
}
