import { can, type Permission, SessionInfo, type SignInRequest } from '@madoguchi/shared'
import { create } from 'zustand'
import { ApiRequestError, api, setCsrfToken } from './api'
import { clearCachedSession, hasCachedSignIn, readCachedSession, writeCachedSession } from './cached-session'

type SessionState = {
  status: 'loading' | 'signedOut' | 'signedIn'
  /**
   * Who is signed in. While the status is still 'loading' it can already hold the cached sign-in, so
   * the first screen is drawn at once; the server's answer then confirms it or signs out.
   */
  session: SessionInfo | null
  /** True while we work from the device's cached sign-in because the server could not confirm it. */
  offlineSession: boolean
}

/** Who is signed in. Only UI/session state lives in zustand; records live in Dexie. */
export const useSession = create<SessionState>(() => ({
  status: 'loading',
  session: null,
  offlineSession: false,
}))

function signedIn(session: SessionInfo, offlineSession: boolean): void {
  setCsrfToken(session.csrfToken)
  useSession.setState({ status: 'signedIn', session, offlineSession })
}

function signedOut(): void {
  setCsrfToken(null)
  useSession.setState({ status: 'signedOut', session: null, offlineSession: false })
}

const online = (): boolean => typeof navigator === 'undefined' || navigator.onLine

/**
 * Start-up: open from the cached sign-in so the tablet works without a network, then, if online,
 * ask the server. 401 means the session is over: forget it. Any other failure (no network, server
 * down) keeps the cached session and flags it as unconfirmed.
 */
export async function bootstrapSession(): Promise<void> {
  // A device that says it has a cached sign-in asks the server at once, while the cache is read:
  // one round trip less before the first screen. Its answer is used only once the cache is there.
  const early = online() && hasCachedSignIn() ? askServer() : undefined
  early?.catch(() => {}) // handled when awaited below; unused if the cache turns out empty
  const cached = await readCachedSession()
  if (!online()) {
    if (cached) signedIn(cached, true)
    else signedOut()
    return
  }
  // Without a cached sign-in there is nothing to confirm: asking would only earn a 401 that the
  // browser logs as an error on every visit to the sign-in page. (A cookie that outlived the device's
  // cache means signing in once more.)
  if (!cached) {
    signedOut()
    return
  }
  setCsrfToken(cached.csrfToken)
  // The home screen is drawn from the cached sign-in while the server is asked (its chunks were
  // started in main.tsx): the first screen does not wait for a round trip. The sync engine starts
  // only once the status says signedIn; a 401 signs out and the router goes to the sign-in page.
  useSession.setState({ session: cached })
  await confirmWithServer(cached, early)
}

const askServer = () => api('/api/auth/session', { schema: SessionInfo })

/** Called when the network comes back while we run on an unconfirmed cached session. */
export async function revalidateSession(): Promise<void> {
  const { session, offlineSession } = useSession.getState()
  if (session && offlineSession) await confirmWithServer(session)
}

async function confirmWithServer(cached: SessionInfo | null, asked?: Promise<SessionInfo>): Promise<void> {
  try {
    const session = await (asked ?? askServer())
    signedIn(session, false)
    // Written only when it changed: writing loads Dexie, which a desk otherwise never needs.
    if (JSON.stringify(session) !== JSON.stringify(cached)) await writeCachedSession(session)
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) {
      await clearCachedSession()
      signedOut()
    } else if (cached) {
      signedIn(cached, true)
    } else {
      signedOut()
    }
  }
}

/** Sign in; rejects with ApiRequestError (invalid_credentials, validation_failed, rate_limited, network…). */
export async function signIn(request: SignInRequest): Promise<SessionInfo> {
  const session = await api('/api/auth/sign-in', { method: 'POST', body: request, schema: SessionInfo })
  await writeCachedSession(session)
  signedIn(session, false)
  return session
}

/**
 * Sign out on the server first: the session cookie is HttpOnly, so only the server can end it.
 * If the server cannot be reached we stay signed in and reject, rather than pretend.
 */
export async function signOut(): Promise<void> {
  try {
    await api('/api/auth/sign-out', { method: 'POST' })
  } catch (error) {
    if (!(error instanceof ApiRequestError)) throw error
    if (error.code === 'csrf_failed') {
      // A stale token (e.g. from the offline cache): fetch the current one and try once more.
      await confirmWithServer(null)
      if (useSession.getState().status === 'signedIn') await api('/api/auth/sign-out', { method: 'POST' })
    } else if (error.status !== 401) {
      throw error
    }
  }
  await clearCachedSession()
  signedOut()
}

/** Whether the signed-in user may do something: the same permissions table the server's gate reads. */
export function useCan(permission: Permission): boolean {
  return useSession((state) => can(state.session?.user.role, permission))
}
