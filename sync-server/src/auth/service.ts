import { createHash, randomBytes } from 'node:crypto'
import type { SessionInfo, SessionUser, SignInRequest } from '@madoguchi/shared'
import { audited } from '../audit/unit'
import type { Deps } from '../deps'
import { AppError } from '../errors'
import { DUMMY_HASH_PROMISE, verifyPassword } from './passwords'
import {
  deleteExpiredSessions,
  deleteSession,
  findLiveSession,
  findStaffByLoginId,
  insertSession,
  toSessionUser,
} from './queries'
import { FailureCounter } from './rate-limit'
import type { StaffSession } from './session'

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url')

export interface SignInLimiter {
  byLoginId: FailureCounter
  byAddress: FailureCounter
}

export function createSignInLimiter(deps: Pick<Deps, 'config'>): SignInLimiter {
  const { perLoginId, perAddress, windowMs } = deps.config.signInLimit
  return {
    byLoginId: new FailureCounter(perLoginId, windowMs),
    byAddress: new FailureCounter(perAddress, windowMs),
  }
}

export async function signIn(
  deps: Deps,
  limiter: SignInLimiter,
  request: SignInRequest,
  address: string,
): Promise<{ token: string; info: SessionInfo }> {
  const now = deps.now()
  const loginKey = request.loginId.toLowerCase()
  if (
    limiter.byLoginId.isBlocked(loginKey, now.getTime()) ||
    limiter.byAddress.isBlocked(address, now.getTime())
  ) {
    audited(
      deps,
      null,
      { action: 'sign_in_blocked', entity: 'staff', detail: { loginId: loginKey } },
      () => {},
    )
    throw new AppError('rate_limited')
  }
  const staff = findStaffByLoginId(deps.db, request.loginId)
  const ok = staff?.active
    ? await verifyPassword(request.password, staff.password_hash)
    : await verifyPassword(request.password, await DUMMY_HASH_PROMISE).then(() => false)
  if (!staff || !ok) {
    limiter.byLoginId.fail(loginKey, now.getTime())
    limiter.byAddress.fail(address, now.getTime())
    audited(
      deps,
      null,
      { action: 'sign_in_failed', entity: 'staff', detail: { loginId: loginKey } },
      () => {},
    )
    throw new AppError('invalid_credentials')
  }
  limiter.byLoginId.reset(loginKey)

  const user = toSessionUser(staff)
  return audited(deps, { user }, { action: 'sign_in', entity: 'staff', entityId: staff.id }, () => {
    deleteExpiredSessions(deps.db, now.toISOString())
    return startSession(deps, user)
  })
}

/** Make a new session for a staff member whose identity is already proven. */
export function startSession(deps: Deps, user: SessionUser): { token: string; info: SessionInfo } {
  const now = deps.now()
  const token = randomBytes(32).toString('base64url')
  const csrfToken = randomBytes(24).toString('base64url')
  const expiresAt = new Date(now.getTime() + deps.config.sessionTtlHours * 3600_000).toISOString()
  insertSession(deps.db, {
    token_hash: hashToken(token),
    staff_id: user.id,
    csrf_token: csrfToken,
    created_at: now.toISOString(),
    expires_at: expiresAt,
  })
  return { token, info: { user, expiresAt, csrfToken } }
}

/**
 * Sessions read in the last few seconds, by token hash. Every API request needs its session, and an
 * operator's screen sends many small requests while a caller waits; the row only changes at sign-in
 * and sign-out. Sign-out here drops the entry at once, expiry is checked on every request, and
 * anything done from another process (another server on the same file) is seen within
 * SESSION_RECHECK_MS.
 */
const SESSION_RECHECK_MS = 5000
const SESSION_CACHE_LIMIT = 1000
const recentSessions = new WeakMap<Deps['db'], Map<string, { session: StaffSession; readAt: number }>>()

function sessionCache(deps: Deps) {
  let cache = recentSessions.get(deps.db)
  if (!cache) {
    cache = new Map()
    recentSessions.set(deps.db, cache)
  }
  return cache
}

export function sessionFromToken(deps: Deps, token: string): StaffSession | undefined {
  const tokenHash = hashToken(token)
  const now = deps.now()
  const cache = sessionCache(deps)
  const recent = cache.get(tokenHash)
  const nowMs = now.getTime()
  if (recent && nowMs - recent.readAt < SESSION_RECHECK_MS && nowMs >= recent.readAt) {
    if (recent.session.expiresAt > now.toISOString()) return recent.session
    cache.delete(tokenHash)
    return undefined
  }
  const row = findLiveSession(deps.db, tokenHash, now.toISOString())
  if (!row) {
    cache.delete(tokenHash)
    return undefined
  }
  const session: StaffSession = {
    user: toSessionUser({
      id: row.staff_id,
      login_id: row.login_id,
      display_name: row.display_name,
      role: row.role,
      department: row.department,
    }),
    tokenHash,
    csrfToken: row.csrf_token,
    expiresAt: row.expires_at,
  }
  // Only sessions that exist are kept, so random cookies cannot fill it; the bound is a backstop.
  if (cache.size >= SESSION_CACHE_LIMIT) cache.clear()
  cache.set(tokenHash, { session, readAt: nowMs })
  return session
}

export function signOut(deps: Deps, session: StaffSession): void {
  sessionCache(deps).delete(session.tokenHash)
  audited(deps, session, { action: 'sign_out', entity: 'staff', entityId: session.user.id }, () => {
    deleteSession(deps.db, session.tokenHash)
  })
}

export function sessionInfo(session: StaffSession): SessionInfo {
  return { user: session.user, expiresAt: session.expiresAt, csrfToken: session.csrfToken }
}
