import { type MessageKey, ROLES, type Role, type StaffAccount } from '@madoguchi/shared'
import { useCallback, useEffect, useState } from 'react'
import { ApiRequestError } from '../../app/api'
import { errorText, fieldText } from '../../app/errors'
import { useT } from '../../app/i18n'
import { useCan, useSession } from '../../app/session'
import { Field } from '../../ui/Field'
import { PageTitle } from '../../ui/PageTitle'
import { Crumbs } from '../Crumbs'
import { staffApi } from './api'
import './staff.css'
import { stampText } from '../../ui/dates'

/** A password to hand over, shown once: after a create or a reset. */
interface Shown {
  message: string
  password: string
}

/** Focus the element once it is shown (the confirm's 戻る), as the cancel dialog does. */
const focusOnShow = (element: HTMLButtonElement | null) => element?.focus()

/** An action that needs a second, deliberate press: a reset or a disable. */
interface Pending {
  account: StaffAccount
  kind: 'reset' | 'disable'
}

/**
 * Staff accounts for administrators: the list, a form to add someone (their initial password shown
 * once), and on each row a password reset, disable / enable, and role and department.
 */
export function StaffScreen() {
  const t = useT()
  const mayManage = useCan('staff.manage')
  const me = useSession((state) => state.session?.user.id)
  const [staff, setStaff] = useState<StaffAccount[] | null>(null)
  const [departments, setDepartments] = useState<string[]>([])
  const [notice, setNotice] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [shown, setShown] = useState<Shown | null>(null)
  const [pending, setPending] = useState<Pending | null>(null)

  const load = useCallback(() => {
    staffApi
      .list()
      .then((r) => {
        setStaff(r.staff)
        setDepartments(r.departments)
      })
      .catch((e) => setProblem(errorText(t, e)))
  }, [t])
  useEffect(() => {
    if (mayManage) load()
  }, [load, mayManage])

  const run = async (work: () => Promise<string | undefined>) => {
    setProblem(null)
    setNotice(null)
    try {
      const message = await work()
      if (message) setNotice(message)
      load()
    } catch (e) {
      setProblem(errorText(t, e))
    }
  }

  const confirm = (p: Pending) =>
    run(async () => {
      setPending(null)
      const loginId = p.account.loginId
      if (p.kind === 'reset') {
        const r = await staffApi.resetPassword(p.account.id)
        setShown({ message: t('staff.resetDone', { loginId }), password: r.password })
        return undefined
      }
      await staffApi.setActive(p.account.id, false)
      return t('staff.disabledDone', { loginId })
    })

  if (!mayManage) return null
  return (
    <section className="screen screen-wide" data-testid="staff-screen" aria-labelledby="staff-title">
      <Crumbs trail={[{ label: t('staff.title'), path: '/desk/staff' }]} />
      <PageTitle id="staff-title" title={t('staff.title')} />
      {shown && (
        <div className="staff-box staff-password" role="status" data-testid="staff-password-panel">
          <p>{shown.message}</p>
          <p>
            {t('staff.password')}: <code data-testid="staff-password">{shown.password}</code>
          </p>
          <button type="button" className="button" onClick={() => setShown(null)}>
            {t('staff.passwordDone')}
          </button>
        </div>
      )}
      {notice && (
        <p className="notice" role="status" data-testid="staff-notice">
          {notice}
        </p>
      )}
      {problem && (
        <p className="staff-problem" role="alert" data-testid="staff-problem">
          {problem}
        </p>
      )}
      {pending && (
        <div className="staff-box staff-confirm" role="alertdialog" aria-labelledby="staff-confirm-text">
          <p id="staff-confirm-text">
            {pending.kind === 'reset'
              ? t('staff.reset.confirm', { loginId: pending.account.loginId })
              : `${t('staff.disable')}: ${pending.account.loginId}`}
          </p>
          <div className="staff-confirm-buttons">
            {/* Focus starts on going back, as in the cancel dialog: Enter never resets by accident. */}
            <button type="button" className="button" onClick={() => setPending(null)} ref={focusOnShow}>
              {t('desk.cancel.back')}
            </button>
            <button
              type="button"
              className="button button-danger"
              data-testid="staff-confirm"
              onClick={() => void confirm(pending)}
            >
              {pending.kind === 'reset' ? t('staff.reset') : t('staff.disable')}
            </button>
          </div>
        </div>
      )}
      <CreateForm
        departments={departments}
        onCreated={(account, password) => {
          setShown({ message: t('staff.created', { loginId: account.loginId }), password })
          load()
        }}
      />
      <h2>{t('staff.list')}</h2>
      <div className="staff-table-wrap">
        <table className="table staff-table" data-testid="staff-table">
          <thead>
            <tr>
              <th scope="col">{t('staff.loginId')}</th>
              <th scope="col">{t('staff.displayName')}</th>
              <th scope="col">{t('staff.role')}</th>
              <th scope="col">{t('staff.state')}</th>
              <th scope="col">{t('staff.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {staff?.map((account) => (
              <StaffRow
                key={account.id}
                account={account}
                isMe={account.id === me}
                departments={departments}
                onReset={() => setPending({ account, kind: 'reset' })}
                onDisable={() => setPending({ account, kind: 'disable' })}
                onEnable={() =>
                  run(async () => {
                    await staffApi.setActive(account.id, true)
                    return t('staff.enabledDone', { loginId: account.loginId })
                  })
                }
                onRole={(role, department) =>
                  run(async () => {
                    await staffApi.changeRole(account.id, { role, department })
                    return t('staff.roleDone', { loginId: account.loginId })
                  })
                }
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

function RoleFields({
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

function CreateForm({
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
      className="staff-box staff-create"
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

function StaffRow({
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
