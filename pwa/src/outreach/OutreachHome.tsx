import { useEffect } from 'react'
import { useT } from '../app/i18n'
import { PageTitle } from '../ui/PageTitle'
import { IntakeView } from './intake/IntakeView'
import { LockScreen } from './lock/LockScreen'
import { loadLock, useLock } from './lock/lock-store'
import { PinSetup } from './lock/PinSetup'
import { useIdleLock } from './lock/useIdleLock'
import { OutreachBar, StorageAlerts } from './OutreachBar'
import { loadPlace, usePlace } from './place'
import { SessionList } from './session/SessionList'
import { SessionView } from './session/SessionView'
import { useStorageWatch } from './storage'
import './outreach.css'

/**
 * The tablet at a pop-up site. First the lock decides what may be shown (PIN setup, lock screen or
 * the workspace); then the saved place picks the screen: sessions → a session's visitors → one
 * visitor's intake steps.
 */
export function OutreachHome() {
  const t = useT()
  const status = useLock((s) => s.status)
  const loaded = usePlace((s) => s.loaded)
  useStorageWatch()
  useIdleLock()
  useEffect(() => {
    void loadPlace()
    void loadLock()
  }, [])

  return (
    <section className="screen screen-outreach" data-testid="outreach-home" aria-labelledby="outreach-title">
      <PageTitle id="outreach-title" title={t('home.outreach.title')} focus={false} />
      <OutreachBar />
      <StorageAlerts />
      {status === 'loading' || !loaded ? (
        <p className="loading">{t('loading')}</p>
      ) : status === 'setup' ? (
        <PinSetup />
      ) : status === 'locked' ? (
        <LockScreen />
      ) : (
        <Workspace />
      )}
    </section>
  )
}

function Workspace() {
  const sessionId = usePlace((s) => s.sessionId)
  const intakeId = usePlace((s) => s.intakeId)
  if (sessionId && intakeId) return <IntakeView sessionId={sessionId} intakeId={intakeId} />
  if (sessionId) return <SessionView sessionId={sessionId} />
  return <SessionList />
}
