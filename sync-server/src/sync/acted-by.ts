import { staffExists } from '../auth/queries'
import type { Deps } from '../deps'

/**
 * Who was at the tablet (the staff member who unlocked it with their own PIN), for the audit row
 * beside the signed-in account. An id that names no staff member is left out of the audit.
 */
export function actedByOf(deps: Deps, m: { actedBy?: string | undefined }): { actedBy?: string } {
  return m.actedBy && staffExists(deps.db, m.actedBy) ? { actedBy: m.actedBy } : {}
}

/**
 * Everyone whose edits one version carries (a tablet sends only a record's newest version, so a
 * colleague's unsent edits travel in the next person's mutation), for the same audit row; ids that
 * name no staff member are left out, and a list of one adds nothing to `actedBy`.
 */
export function editedByOf(deps: Deps, m: { editedBy?: string[] | undefined }): { editedBy?: string[] } {
  const known = (m.editedBy ?? []).filter((id) => staffExists(deps.db, id))
  return known.length > 1 ? { editedBy: known } : {}
}
