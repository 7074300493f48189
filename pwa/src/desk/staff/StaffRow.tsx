import type { Role, StaffAccount } from '@madoguchi/shared'
import { useState } from 'react'
import { useT } from '../../app/i18n'
import { stampText } from '../../ui/dates'
import { RoleFields } from './RoleFields'

/** One account in the list: change its role, reset its password, disable or enable it. */
export function StaffRow({
  account,
  isMe,
  departments,
  onReset,
  onDisable,
  onEnable,
  onRole,
}: {
  account: StaffAccount
  isMe: boolean
  departments: string[]
  onReset: () => void
  onDisable: () => void
  onEnable: () => void
  onRole: (role: Role, department: string | null) => void
}) {
  const t = useT()
  const [role, setRole] = useState<Role>(account.role)
  const [department, setDepartment] = useState(account.department ?? '')
  const changed = role !== account.role || (role === 'city' && department !== (account.department ?? ''))
  return (
    <tr data-testid="staff-row" data-login-id={account.loginId} data-active={account.active}>
      <td>
        <code>{account.loginId}</code>
      </td>
      <td>
        {account.displayName}
        {isMe && ` ${t('staff.you')}`}
      </td>
      <td>
        <div className="staff-role">
          <RoleFields
            idPrefix={`staff-${account.loginId}`}
            role={role}
            department={department}
            departments={departments}
            onRole={setRole}
            onDepartment={setDepartment}
          />
          {changed && (
            <button
              type="button"
              className="button"
              data-testid="staff-change-role"
              onClick={() => onRole(role, role === 'city' ? department || null : null)}
            >
              {t('staff.changeRole')}
            </button>
          )}
        </div>
      </td>
      <td data-testid="staff-state">
        {account.active
          ? t('staff.active')
          : account.disabledAt
            ? t('staff.disabledAt', { when: stampText(account.disabledAt) })
            : t('staff.disabled')}
      </td>
      <td>
        <div className="staff-actions">
          <button type="button" className="button" data-testid="staff-reset" onClick={onReset}>
            {t('staff.reset')}
          </button>
          {account.active ? (
            <button type="button" className="button" data-testid="staff-disable" onClick={onDisable}>
              {t('staff.disable')}
            </button>
          ) : (
            <button type="button" className="button" data-testid="staff-enable" onClick={onEnable}>
              {t('staff.enable')}
            </button>
          )}
        </div>
      </td>
    </tr>
  )
}
