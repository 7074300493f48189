import { randomBytes } from 'node:crypto'
import {
  initialPassword,
  type Lang,
  newId,
  type Role,
  type StaffAccount,
  type StaffList,
  type StaffWithPassword,
} from '@madoguchi/shared'
import { audited } from '../audit/unit'
import { hashPassword } from '../auth/passwords'
import { insertStaff } from '../auth/queries'
import { endSessionsOf } from '../auth/service'
import type { Actor } from '../auth/session'
import type { Deps } from '../deps'
import { AppError, fieldProblem } from '../errors'
import {
  departmentExists,
  departmentNames,
  findAccount,
  listAccounts,
  loginIdTaken,
  otherActiveAdmins,
  updateActive,
  updatePasswordHash,
  updateRole,
} from './queries'

/**
 * Staff accounts (職員アカウント), run by administrators. Every change is one audited unit whose row
 * names the account and what changed (role, department, active), never a name or a password. A
 * change that alters what an account may do (disable, role, a new password) ends its sessions, so it
 * takes effect on the next request rather than when the old session expires.
 */

export function listStaff(deps: Deps, actor: Actor): StaffList {
  return audited(deps, actor, { action: 'staff.list', entity: 'staff' }, (unit) => {
    const staff = listAccounts(deps.db)
    unit.note({ count: staff.length })
    return { staff, departments: departmentNames(deps.db) }
  })
}

/** City staff work for one department; anyone else is not in one (seesDepartment's rule). */
function departmentFor(deps: Deps, lang: Lang, role: Role, department: string | null): string | null {
  if (role !== 'city') return null
  if (!department) throw new AppError('validation_failed', { department: [fieldProblem(lang, 'required')] })
  if (!departmentExists(deps.db, department)) {
    throw new AppError('validation_failed', { department: [fieldProblem(lang, 'invalid_value')] })
  }
  return department
}

function freshPassword(): { password: string; hash: Promise<string> } {
  const password = initialPassword(randomBytes(12))
  return { password, hash: hashPassword(password) }
}

export async function createStaff(
  deps: Deps,
  actor: Actor,
  request: NewStaff,
  lang: Lang,
): Promise<StaffWithPassword> {
  const department = departmentFor(deps, lang, request.role, request.department)
  const { password, hash } = freshPassword()
  const passwordHash = await hash
  const id = newId()
  const entry = {
    action: 'staff.create',
    entity: 'staff',
    entityId: id,
    detail: { role: request.role, department },
  }
  const staff = audited(deps, actor, entry, () => {
    if (loginIdTaken(deps.db, request.loginId)) throw new AppError('login_id_taken')
    insertStaff(deps.db, {
      id,
      loginId: request.loginId,
      displayName: request.displayName,
      role: request.role,
      department,
      passwordHash,
      createdAt: deps.now().toISOString(),
    })
    return findAccount(deps.db, id) as StaffAccount
  })
  return { staff, password }
}

/** A create request as the route parsed it (the department defaulted to null). */
export interface NewStaff {
  loginId: string
  displayName: string
  role: Role
  department: string | null
}

function existing(deps: Deps, id: string): StaffAccount {
  const account = findAccount(deps.db, id)
  if (!account) throw new AppError('not_found')
  return account
}

/** The last active administrator keeps the system administrable: never disabled, never demoted. */
function keepAnAdmin(deps: Deps, account: StaffAccount): void {
  if (account.role === 'admin' && account.active && otherActiveAdmins(deps.db, account.id) === 0) {
    throw new AppError('last_admin')
  }
}

export async function resetPassword(deps: Deps, actor: Actor, id: string): Promise<StaffWithPassword> {
  const { password, hash } = freshPassword()
  const passwordHash = await hash
  const entry = { action: 'staff.reset_password', entity: 'staff', entityId: id }
  const staff = audited(deps, actor, entry, (unit) => {
    const account = existing(deps, id)
    updatePasswordHash(deps.db, id, passwordHash)
    unit.note({ endedSessions: endSessionsOf(deps, id) })
    return account
  })
  return { staff, password }
}

export function setActive(deps: Deps, actor: Actor, id: string, active: boolean): StaffAccount {
  const entry = { action: active ? 'staff.enable' : 'staff.disable', entity: 'staff', entityId: id }
  audited(deps, actor, entry, (unit) => {
    const account = existing(deps, id)
    if (!active) keepAnAdmin(deps, account)
    updateActive(deps.db, id, active)
    if (!active) unit.note({ endedSessions: endSessionsOf(deps, id) })
  })
  // Read after the unit: when it was disabled is its audit row, written as the unit commits.
  return existing(deps, id)
}

export function changeRole(
  deps: Deps,
  actor: Actor,
  id: string,
  request: { role: Role; department: string | null },
  lang: Lang,
): StaffAccount {
  const department = departmentFor(deps, lang, request.role, request.department)
  const entry = { action: 'staff.change_role', entity: 'staff', entityId: id }
  return audited(deps, actor, entry, (unit) => {
    const account = existing(deps, id)
    if (request.role !== 'admin') keepAnAdmin(deps, account)
    updateRole(deps.db, id, request.role, department)
    unit.note({
      fromRole: account.role,
      role: request.role,
      fromDepartment: account.department,
      department,
      endedSessions: endSessionsOf(deps, id),
    })
    return existing(deps, id)
  })
}
