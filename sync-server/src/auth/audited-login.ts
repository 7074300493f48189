import { containsIndividualNumber, LoginId } from '@madoguchi/shared'
import type { Db } from '../db/open'
import { findStaffByLoginId } from './queries'

/**
 * What a failed or blocked sign-in writes into the audit log, which can never be cleaned: the login
 * id only when it names a staff member (that is who was tried). Anything else typed into the box
 * may be anything at all (a name, a phone number, an individual number typed into the wrong field),
 * so it is not written: the row says an unknown login id was tried, and from where is in the
 * request log.
 */
export function auditedLoginId(db: Db, loginId: string): { loginId: string } | { unknownLoginId: true } {
  const known =
    LoginId.safeParse(loginId).success &&
    !containsIndividualNumber(loginId) &&
    findStaffByLoginId(db, loginId)
  return known ? { loginId: loginId.toLowerCase() } : { unknownLoginId: true }
}
