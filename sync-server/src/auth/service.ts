import { createHash, randomBytes } from 'node:crypto'
import type { SessionInfo, SessionUser, SignInRequest } from '@madoguchi/shared'
import { audited } from '../audit/unit'
import type { Deps } from '../deps'
import { AppError } from '../errors'
import { auditedLoginId } from './audited-login'
import { isKnownDevice, rememberDevice } from './known-devices'
import { DUMMY_HASH_PROMISE, verifyPassword } from './passwords'
import {
  deleteExpiredSessions,
  deleteSession,
  findLiveSession,
  findStaffByLoginId,
  insertSession,
  sessionHashesOf,
  toSessionUser,
} from './queries'
import type { StaffSession } from './session'
import { BlockedTally, Throttle } from './throttle'

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url')

/** The throttles and the tally of blocked attempts, one set per app (see throttle.ts). */
export interface SignInThrottle {
  byLoginId: Throttle
  byAddress: Throttle
  blocked: BlockedTally
}

const MAX_KEYS = 10_000

export function createSignInThrottle(deps: Pick<Deps, 'config'>): SignInThrottle {
  const c = deps.config.signInThrottle
  const common = {
    firstWaitMs: c.firstWaitMs,
    maxWaitMs: c.maxWaitMs,
    forgetMs: c.forgetMs,
    maxKeys: MAX_KEYS,
  }
  return {
    byLoginId: new Throttle({ ...common, freeFailures: c.freeFailures }),
    byAddress: new Throttle({ ...common, freeFailures: c.freeFailuresPerAddress }),
    blocked: new BlockedTally(c.blockedWindowMs, MAX_KEYS),
  }
}

/** Refused by the throttle: when the caller may try again. */
export class SignInThrottled extends AppError {
  constructor(readonly retryAt: Date) {
    super('rate_limited', undefined, { retryAt: retryAt.toISOString() })
  }
}

/** Where a sign-in comes from: the client's address and the device cookie it sent, if any. */
export interface SignInFrom {
  address: string
  deviceToken?: string | undefined
}

export interface SignedIn {
  token: string
  info: SessionInfo
  /** The device cookie to (re)send: this browser is now known for this staff member. */
  deviceToken: string
}

/** Write the blocked-attempt counts of the windows that are over: one row per login ID and window. */
export function flushBlocked(deps: Deps, throttle: SignInThrottle, all = false): void {
  const due = throttle.blocked.due(deps.now().getTime(), all)
  if (due.length === 0) return
  audited(deps, null, null, (unit) => {
    for (const w of due) {
      unit.record({
        action: 'sign_in_blocked',
        entity: 'staff',
        detail: {
          ...auditedLoginId(deps.db, w.key),
          count: w.count,
          from: new Date(w.from).toISOString(),
          to: new Date(w.to).toISOString(),
        },
      })
    }
  })
}

export async function signIn(
  deps: Deps,
  throttle: SignInThrottle,
  request: SignInRequest,
  from: SignInFrom,
): Promise<SignedIn> {
  const now = deps.now()
  const nowMs = now.getTime()
  flushBlocked(deps, throttle)
  const loginKey = request.loginId.toLowerCase()
  const staff = findStaffByLoginId(deps.db, request.loginId)
  const deviceHash = from.deviceToken ? hashToken(from.deviceToken) : null
  // A browser that signed in as this staff member before is judged on its own count, so failures
  // from anywhere else (an attacker guessing) never keep the real user out.
  const known = Boolean(staff && deviceHash && isKnownDevice(deps.db, deviceHash, staff.id))
  const keys: [Throttle, string][] = known
    ? [[throttle.byLoginId, `device:${deviceHash}:${staff?.id}`]]
    : [
        [throttle.byLoginId, `id:${loginKey}`],
        [throttle.byAddress, from.address],
      ]
  const until = Math.max(0, ...keys.map(([t, key]) => t.waitUntil(key, nowMs) ?? 0))
  if (until > nowMs) {
    throttle.blocked.add(loginKey, nowMs)
    throw new SignInThrottled(new Date(until))
  }
  const ok = staff?.active
    ? await verifyPassword(request.password, staff.password_hash)
    : await verifyPassword(request.password, await DUMMY_HASH_PROMISE).then(() => false)
  if (!staff || !ok) {
    for (const [t, key] of keys) t.fail(key, nowMs)
    audited(
      deps,
      null,
      {
        action: 'sign_in_failed',
        entity: 'staff',
        detail: { ...auditedLoginId(deps.db, request.loginId), known },
      },
      () => {},
    )
    throw new AppError('invalid_credentials')
  }
  // A success from a new device clears the login ID's count (the owner proved themselves there); one
  // from a known device clears only that device's, so an attacker's count keeps slowing the attacker.
  throttle.byLoginId.reset(keys[0]?.[1] ?? '')

  const user = toSessionUser(staff)
  const deviceToken = known && from.deviceToken ? from.deviceToken : randomBytes(32).toString('base64url')
  const entry = { action: 'sign_in', entity: 'staff', entityId: staff.id, detail: { knownDevice: known } }
  return audited(deps, { user }, entry, (unit) => {
    deleteExpiredSessions(deps.db, now.toISOString())
    // One session per staff member: signing in again ends the earlier ones (docs/security.md says why).
    const ended = endSessionsOf(deps, staff.id)
    unit.note({ endedSessions: ended })
    rememberDevice(deps.db, hashToken(deviceToken), staff.id, now)
    return { ...startSession(deps, user), deviceToken }
  })
}

/** Delete every live session of a staff member, here and in the cache of recent reads. */
export function endSessionsOf(deps: Deps, staffId: string): number {
  const hashes = sessionHashesOf(deps.db, staffId)
  const cache = sessionCache(deps)
  for (const hash of hashes) {
    cache.delete(hash)
    deleteSession(deps.db, hash)
  }
  return hashes.length
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
