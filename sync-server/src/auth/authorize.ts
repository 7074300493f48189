import { timingSafeEqual } from 'node:crypto'
import { can } from '@madoguchi/shared'
import type { MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { AppError } from '../errors'
import type { Access } from '../http/access'
import type { AppEnv } from '../http/env'
import { sessionFromToken } from './service'
import { tokenSha256 } from './telephony-token'

export const SESSION_COOKIE = 'madoguchi_session'
export const CSRF_HEADER = 'x-csrf-token'
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Load the staff session from the cookie, if any, for every API request. */
export const loadSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE)
  c.set('session', token ? sessionFromToken(c.var.deps, token) : undefined)
  await next()
}

/**
 * The one gate every route passes: 401 without a live session, 403 when the session's role does not
 * grant the route's permission, 403 for a cookie-authenticated write without the session's CSRF token.
 */
export function authorize(access: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (access === 'public') return next()
    if (access === 'telephony') {
      c.set('provider', telephonyProvider(c.var.deps.config.telephony, c.req.header('authorization')))
      return next()
    }
    const session = c.var.session
    if (!session) throw new AppError('unauthenticated')
    if (!can(session.user.role, access)) throw new AppError('forbidden')
    if (!SAFE_METHODS.has(c.req.method) && !sameToken(c.req.header(CSRF_HEADER), session.csrfToken)) {
      throw new AppError('csrf_failed')
    }
    return next()
  }
}

/**
 * The provider whose bearer token this is, or 401. Compared as hashes of equal length in constant time,
 * so neither the length nor the prefix of a configured token leaks through timing.
 */
function telephonyProvider(
  providers: readonly { provider: string; tokenSha256: string }[],
  header: string | undefined,
): string {
  const token = /^Bearer (\S+)$/i.exec(header ?? '')?.[1]
  if (!token) throw new AppError('unauthenticated')
  const given = tokenSha256(token)
  const match = providers.find((p) => sameToken(given, p.tokenSha256))
  if (!match) throw new AppError('unauthenticated')
  return match.provider
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
