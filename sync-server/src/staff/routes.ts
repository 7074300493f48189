import {
  ChangeStaffRequest,
  CreateStaffRequest,
  IdParams,
  SetActiveRequest,
  StaffAccount,
  StaffList,
  StaffWithPassword,
} from '@madoguchi/shared'
import { current } from '../auth/current'
import { feature, route } from '../http/route'
import { changeRole, createStaff, listStaff, resetPassword, setActive } from './service'

/** Staff accounts (職員アカウント): administrators create, reset, disable and re-role them. */
export const staffFeature = feature('staff', '/api/staff', [
  route({
    method: 'get',
    path: '/',
    permission: 'staff.manage',
    summary: 'Every staff account, active first (audited)',
    response: StaffList,
    handler: (c) => c.json(listStaff(c.var.deps, current(c))),
  }),
  route({
    method: 'post',
    path: '/',
    permission: 'staff.manage',
    summary:
      'Create an account; the answer carries its initial password, shown once and never stored in clear. 409 login_id_taken',
    body: CreateStaffRequest,
    response: StaffWithPassword,
    status: 201,
    handler: async (c, { body }) => c.json(await createStaff(c.var.deps, current(c), body, c.var.lang), 201),
  }),
  route({
    method: 'post',
    path: '/:id/password',
    permission: 'staff.manage',
    summary: 'Reset the password: a new one, shown once; the account’s sessions end',
    params: IdParams,
    response: StaffWithPassword,
    handler: async (c, { params }) => c.json(await resetPassword(c.var.deps, current(c), params.id)),
  }),
  route({
    method: 'post',
    path: '/:id/active',
    permission: 'staff.manage',
    summary:
      'Disable or enable an account; a disabled one cannot sign in and its sessions end. 409 last_admin for the last active administrator',
    params: IdParams,
    body: SetActiveRequest,
    response: StaffAccount,
    handler: (c, { params, body }) => c.json(setActive(c.var.deps, current(c), params.id, body.active)),
  }),
  route({
    method: 'post',
    path: '/:id/role',
    permission: 'staff.manage',
    summary:
      'Change the role and department (city staff need one); the account’s sessions end. 409 last_admin when demoting the last active administrator',
    params: IdParams,
    body: ChangeStaffRequest,
    response: StaffAccount,
    handler: (c, { params, body }) => c.json(changeRole(c.var.deps, current(c), params.id, body, c.var.lang)),
  }),
])
