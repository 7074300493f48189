import { useState } from 'react'
import { errorText } from './errors'
import { useT } from './i18n'
import { navigate } from './navigation'
import { PATHS } from './router'
import { signOut } from './session'

/**
 * Sign-out as the status bar and the lock screen's emergency sign-out both do it: refused offline
 * (the server must end the session), and with unsent records only after staff confirm with the
 * counts in the question (sync invariant 6).
 */
export function useSignOut() {
  const t = useT()
  const [busy, setBusy] = useState(false)
  // `offline` problems vanish by themselves once the network is back.
  const [problem, setProblem] = useState<{ text: string; offline: boolean } | null>(null)

  async function run(after?: () => void): Promise<void> {
    if (busy) return
    if (!navigator.onLine) {
      setProblem({ text: t('auth.signOutOffline'), offline: true })
      return
    }
    // Loaded on use: the outbox (and Dexie) stay out of the first screen's code.
    const { confirmDespiteUnsent } = await import('../sync/unsent')
    if (!(await confirmDespiteUnsent(t, 'signOut'))) return
    setBusy(true)
    setProblem(null)
    try {
      await signOut()
      after?.()
      navigate(PATHS.signIn, { replace: true })
    } catch (error) {
      setProblem({ text: errorText(t, error), offline: false })
    } finally {
      setBusy(false)
    }
  }

  return { signOut: run, busy, problem }
}
