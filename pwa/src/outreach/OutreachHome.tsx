import { Suspense, useEffect, useState } from 'react'
import { afterFirstPaint, markFirstScreenShown } from '../app/after-paint'
import { useT } from '../app/i18n'
import { lazyScreen } from '../app/lazy-screen'
import { ScreenBoundary } from '../app/ScreenBoundary'
import { useSession } from '../app/session'
import { PageTitle } from '../ui/PageTitle'
import { LockScreen } from './lock/LockScreen'
import { loadLock, useLock } from './lock/lock-store'
import { PinSetup } from './lock/PinSetup'
import { useIdleLock } from './lock/useIdleLock'
import { DeviceLossAlert, OutreachBar, StorageAlerts } from './OutreachBar'
import { loadPlace, usePlace } from './place'
import { useStorage, useStorageWatch } from './storage'
import './outreach.css'

// The work behind the lock (sessions, visitors, intake steps, the FAQ) is its own chunk: the PIN
// set-up or lock screen, which every opening of the app shows first, does not wait for it. It starts
// loading once that screen is painted, so it is there by the time the PIN is typed.
const loadWorkspace = () => import('./Workspace')
const Workspace = lazyScreen(() => loadWorkspace().then((m) => m.Workspace))

/**
 * The tablet at a pop-up site. First the lock decides what may be shown (PIN setup, lock screen or
 * the workspace); then the saved place picks the screen: sessions → a session's visitors → one
 * visitor's intake steps.
 */
export function OutreachHome() {
  const t = useT()
  const status = useLock((s) => s.status)
  const loaded = usePlace((s) => s.loaded)
  const userId = useSession((s) => s.session?.user.id)
  const displayName = useSession((s) => s.session?.user.displayName)
  useStorageWatch()
  useIdleLock()
  useEffect(() => {
    void loadPlace()
  }, [])
  // Keyed by who is signed in, not by the session object: a revalidated session must not re-lock.
  useEffect(() => {
    if (userId && displayName !== undefined) void loadLock({ id: userId, displayName })
  }, [userId, displayName])
  const user = userId && displayName !== undefined ? { id: userId, displayName } : null
  const storageKnown = useStorageKnown()
  const decided = status !== 'loading' && loaded && user !== null && storageKnown
  // The tablet's background work (sync, offline files) waits for this (app/after-paint.ts).
  useEffect(() => {
    if (!decided) return
    markFirstScreenShown()
    afterFirstPaint(() => void loadWorkspace())
  }, [decided])

  return (
    <section className="screen screen-outreach" data-testid="outreach-home" aria-labelledby="outreach-title">
      <PageTitle id="outreach-title" title={t('home.outreach.title')} focus={false} />
      <OutreachBar />
      <DeviceLossAlert />
      <StorageAlerts />
      {!decided ? (
        <p className="loading">{t('loading')}</p>
      ) : status === 'setup' ? (
        <PinSetup staff={user} />
      ) : status === 'locked' ? (
        <LockScreen />
      ) : (
        <ScreenBoundary>
          <Suspense fallback={<p className="loading">{t('loading')}</p>}>
            <Workspace />
          </Suspense>
        </ScreenBoundary>
      )}
    </section>
  )
}

/** How long the screen waits for the storage answers before showing the work without them. */
const STORAGE_WAIT_MS = 1000

/**
 * Whether the storage state is in (persistent or not, used and free): the banner about it sits above
 * the work, so the work is shown after it rather than pushed down by it. A browser that does not
 * answer (or asks the user) is waited for only briefly.
 */
function useStorageKnown(): boolean {
  const known = useStorage((s) => s.persisted !== null && s.usage !== null)
  const [waited, setWaited] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setWaited(true), STORAGE_WAIT_MS)
    return () => clearTimeout(timer)
  }, [])
  return known || waited
}
