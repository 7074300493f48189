import { timingSafeEqual } from 'node:crypto'
import { can } from '@madoguchi/shared'
import type { MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { AppError } from '../errors'
import type { Access } from '../http/access'
import type { AppEnv } from '../http/env'
import { sessionFromToken } from './service'

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
    const session = c.var.session
    if (!session) throw new AppError('unauthenticated')
    if (!can(session.user.role, access)) throw new AppError('forbidden')
    if (!SAFE_METHODS.has(c.req.method) && !sameToken(c.req.header(CSRF_HEADER), session.csrfToken)) {
      throw new AppError('csrf_failed')
    }
    return next()
  }
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
