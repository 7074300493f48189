import type { StaffAccount } from '@madoguchi/shared'
import { useCallback, useEffect, useState } from 'react'
import { errorText } from '../../app/errors'
import { useT } from '../../app/i18n'
import { useCan, useSession } from '../../app/session'
import { PageTitle } from '../../ui/PageTitle'
import { Crumbs } from '../Crumbs'
import { AddStaffForm } from './AddStaffForm'
import { staffApi } from './api'
import { ConfirmStaffAction, type Pending } from './ConfirmStaffAction'
import { StaffRow } from './StaffRow'
import './staff.css'

/** A password to hand over, shown once: after a create or a reset. */
interface Shown {
  message: string
  password: string
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
        <ConfirmStaffAction
          pending={pending}
          onBack={() => setPending(null)}
          onConfirm={() => void confirm(pending)}
        />
      )}
      <AddStaffForm
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
