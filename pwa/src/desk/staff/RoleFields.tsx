import { type MessageKey, ROLES, type Role } from '@madoguchi/shared'
import { useT } from '../../app/i18n'

/** A role, and for city staff their department: the same two fields when adding someone and on each row. */
export function RoleFields({
  idPrefix,
  role,
  department,
  departments,
  onRole,
  onDepartment,
}: {
  idPrefix: string
  role: Role
  department: string
  departments: string[]
  onRole: (role: Role) => void
  onDepartment: (department: string) => void
}) {
  const t = useT()
  return (
    <>
      <label className="staff-field">
        <span className="field-label">{t('staff.role')}</span>
        <select
          className="field-input"
          value={role}
          data-testid={`${idPrefix}-role`}
          onChange={(e) => onRole(e.target.value as Role)}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      {role === 'city' && (
        <label className="staff-field">
          <span className="field-label">{t('staff.department')}</span>
          <select
            className="field-input"
            value={department}
            data-testid={`${idPrefix}-department`}
            onChange={(e) => onDepartment(e.target.value)}
          >
            <option value="" />
            {departments.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  )
}
