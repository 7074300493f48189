import { timingSafeEqual } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import type { AppEnv } from '../http/env'
import { HttpError } from '../http/errors'
import type { Access } from '../http/route'
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
 * The one gate every route passes: 401 without a live session, 403 for a role the route does not
 * list, 403 for a cookie-authenticated write without the session's CSRF token. Roles are explicit:
 * admin gets only what a route names it for.
 */
export function authorize(access: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (access === 'public') return next()
    const session = c.var.session
    if (!session) throw new HttpError('unauthenticated')
    if (!access.includes(session.user.role)) throw new HttpError('forbidden')
    if (!SAFE_METHODS.has(c.req.method) && !sameToken(c.req.header(CSRF_HEADER), session.csrfToken)) {
      throw new HttpError('csrf_failed')
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
