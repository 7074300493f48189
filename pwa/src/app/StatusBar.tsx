import { can, homeFor, type Lang } from '@madoguchi/shared'
import { Suspense } from 'react'
import { useLang, useT } from './i18n'
import { lazyScreen } from './lazy-screen'
import { useScreenLocked } from './locked'
import { navigate } from './navigation'
import { useOnline } from './online'
import { homePath } from './router'
import { ScreenBoundary } from './ScreenBoundary'
import { useSession } from './session'
import { useSignOut } from './useSignOut'

// Only staff whose device syncs see the outbox: its code (and Dexie) loads for them alone.
const OutboxPanel = lazyScreen(() => import('../sync/OutboxPanel').then((m) => m.OutboxPanel))

/**
 * Always on screen: network state, who is signed in, the language switch and sign-out.
 * The outbox badge (送信待ち) sits here for staff whose device syncs; storage and lock join it from
 * the outreach work.
 */
export function StatusBar() {
  const t = useT()
  const online = useOnline()
  const lang = useLang((state) => state.lang)
  const setLang = useLang((state) => state.setLang)
  const user = useSession((state) => state.session?.user)
  // While the tablet is locked only unlocking is offered (the lock screen has its own sign-out).
  const locked = useScreenLocked((state) => state.locked)
  const { signOut, busy, problem } = useSignOut()
  const other: Lang = lang === 'ja' ? 'en' : 'ja'

  return (
    <header className="status-bar">
      {user ? (
        // The way home from any screen: the desk home for desk staff, the session list on a tablet.
        <a
          className="status-brand"
          href={homePath(user.role)}
          data-testid="home-link"
          onClick={(event) => {
            event.preventDefault()
            navigate(homePath(user.role))
          }}
        >
          {t('app.name')}
        </a>
      ) : (
        <span className="status-brand">{t('app.name')}</span>
      )}
      <span
        className="status-online"
        data-testid="online-status"
        data-state={online ? 'online' : 'offline'}
        role="status"
      >
        <span className="status-dot" aria-hidden="true" />
        {/* The words give way to the dot at phone width; screen readers always have them. */}
        <span className="status-online-text" aria-hidden="true">
          {t(online ? 'status.online' : 'status.offline')}
        </span>
        <span className="visually-hidden">{t(online ? 'status.online' : 'status.offline')}</span>
      </span>
      {/* The outbox is the tablet app's: on the desk (supervisors, admins) nothing of theirs waits to be sent. */}
      {user && !locked && can(user.role, 'sync.device') && homeFor(user.role) === 'outreach' && (
        <ScreenBoundary compact>
          <Suspense fallback={null}>
            <OutboxPanel />
          </Suspense>
        </ScreenBoundary>
      )}
      {user && (
        // The role gives way first on a tablet held upright, so the bar stays one row (768 px).
        <span
          className="status-user"
          data-testid="current-user"
          title={t('auth.signedInAs', { name: user.displayName, role: t(`role.${user.role}`) })}
        >
          {user.displayName}
          <span className="status-role">{t('auth.roleSuffix', { role: t(`role.${user.role}`) })}</span>
        </span>
      )}
      <span className="status-actions">
        <button
          type="button"
          className="button"
          data-testid="lang-switch"
          lang={other}
          title={t('lang.switch.label')}
          onClick={() => setLang(other)}
        >
          {t('lang.switch')}
        </button>
        {user && !locked && (
          <button
            type="button"
            className="button"
            data-testid="sign-out"
            aria-disabled={busy}
            onClick={() => void signOut()}
          >
            {t('auth.signOut')}
          </button>
        )}
      </span>
      {problem && !(problem.offline && online) && (
        <p className="status-problem" role="alert" data-testid="status-problem">
          {problem.text}
        </p>
      )}
    </header>
  )
}
