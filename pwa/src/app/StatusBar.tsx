import { can, type Lang } from '@madoguchi/shared'
import { useState } from 'react'
import { OutboxPanel } from '../sync/OutboxPanel'
import { confirmDespiteUnsent } from '../sync/unsent'
import { errorText } from './errors'
import { useLang, useT } from './i18n'
import { navigate } from './navigation'
import { useOnline } from './online'
import { homePath, PATHS } from './router'
import { signOut, useSession } from './session'

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
  const [busy, setBusy] = useState(false)
  // `offline` problems vanish by themselves once the network is back.
  const [problem, setProblem] = useState<{ text: string; offline: boolean } | null>(null)
  const other: Lang = lang === 'ja' ? 'en' : 'ja'

  async function onSignOut(): Promise<void> {
    if (busy) return
    if (!navigator.onLine) {
      setProblem({ text: t('auth.signOutOffline'), offline: true })
      return
    }
    if (!(await confirmDespiteUnsent(t, 'signOut'))) return
    setBusy(true)
    setProblem(null)
    try {
      await signOut()
      navigate(PATHS.signIn, { replace: true })
    } catch (error) {
      setProblem({ text: errorText(t, error), offline: false })
    } finally {
      setBusy(false)
    }
  }

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
        {t(online ? 'status.online' : 'status.offline')}
      </span>
      {user && can(user.role, 'sync.device') && <OutboxPanel />}
      {user && (
        <span className="status-user" data-testid="current-user">
          {t('auth.signedInAs', { name: user.displayName, role: t(`role.${user.role}`) })}
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
        {user && (
          <button
            type="button"
            className="button"
            data-testid="sign-out"
            aria-disabled={busy}
            onClick={() => void onSignOut()}
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
