import type { Role, StaffAccount } from '@madoguchi/shared'
import { useState } from 'react'
import { ApiRequestError } from '../../app/api'
import { errorText, fieldText } from '../../app/errors'
import { useT } from '../../app/i18n'
import { Field } from '../../ui/Field'
import { staffApi } from './api'
import { RoleFields } from './RoleFields'

/** Adding someone: login ID, name, role; the server's field messages under each field. */
export function AddStaffForm({
  departments,
  onCreated,
}: {
  departments: string[]
  onCreated: (account: StaffAccount, password: string) => void
}) {
  const t = useT()
  const [loginId, setLoginId] = useState('')
  const [displayName, setDisplayName] = useState('')
  const [role, setRole] = useState<Role>('operator')
  const [department, setDepartment] = useState('')
  const [fields, setFields] = useState<Record<string, string[]>>({})
  const [problem, setProblem] = useState<string | null>(null)

  const submit = async () => {
    setFields({})
    setProblem(null)
    try {
      const r = await staffApi.create({
        loginId,
        displayName,
        role,
        department: role === 'city' ? department || null : null,
      })
      setLoginId('')
      setDisplayName('')
      onCreated(r.staff, r.password)
    } catch (e) {
      if (e instanceof ApiRequestError && Object.keys(e.fields).length > 0) {
        setFields(
          Object.fromEntries(Object.entries(e.fields).map(([k, ps]) => [k, ps.map((p) => fieldText(t, p))])),
        )
      } else setProblem(errorText(t, e))
    }
  }

  return (
    <form
      className="staff-box"
      data-testid="staff-create"
      aria-labelledby="staff-create-title"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <h2 id="staff-create-title">{t('staff.create.title')}</h2>
      <div className="staff-create-fields">
        <Field
          id="staff-login-id"
          name="loginId"
          label={t('staff.loginId')}
          value={loginId}
          onChange={setLoginId}
          hint={t('staff.loginId.hint')}
          errors={fields.loginId}
          testId="staff-new-login-id"
          autoComplete="off"
        />
        <Field
          id="staff-display-name"
          name="displayName"
          label={t('staff.displayName')}
          value={displayName}
          onChange={setDisplayName}
          errors={fields.displayName}
          testId="staff-new-display-name"
          autoComplete="off"
        />
        <RoleFields
          idPrefix="staff-new"
          role={role}
          department={department}
          departments={departments}
          onRole={setRole}
          onDepartment={setDepartment}
        />
      </div>
      {fields.department && (
        <p className="field-errors" data-testid="staff-new-department-error">
          {t('staff.department')}: {fields.department.join(' ')}
        </p>
      )}
      {problem && (
        <p className="staff-problem" role="alert" data-testid="staff-create-problem">
          {problem}
        </p>
      )}
      <button type="submit" className="button button-primary" data-testid="staff-create-submit">
        {t('staff.create')}
      </button>
    </form>
  )
}
