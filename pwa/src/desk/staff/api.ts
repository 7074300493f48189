import {
  type ChangeStaffRequest,
  type CreateStaffRequest,
  StaffAccount,
  StaffList,
  StaffWithPassword,
} from '@madoguchi/shared'
import { api } from '../../app/api'

/** The staff accounts API as the admin's screen calls it, each answer checked against the wire schema. */
export const staffApi = {
  list: () => api('/api/staff', { schema: StaffList }),
  create: (body: CreateStaffRequest) =>
    api('/api/staff', { method: 'POST', body, schema: StaffWithPassword }),
  resetPassword: (id: string) =>
    api(`/api/staff/${id}/password`, { method: 'POST', schema: StaffWithPassword }),
  setActive: (id: string, active: boolean) =>
    api(`/api/staff/${id}/active`, { method: 'POST', body: { active }, schema: StaffAccount }),
  changeRole: (id: string, body: ChangeStaffRequest) =>
    api(`/api/staff/${id}/role`, { method: 'POST', body, schema: StaffAccount }),
}
