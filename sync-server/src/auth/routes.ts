import { getConnInfo } from '@hono/node-server/conninfo'
import { SessionInfo, SignInRequest } from '@madoguchi/shared'
import type { Context } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import type { Deps } from '../deps'
import type { AppEnv } from '../http/env'
import { feature, route } from '../http/route'
import { SESSION_COOKIE } from './authorize'
import { current } from './current'
import { createSignInLimiter, sessionInfo, signIn, signOut } from './service'

function clientAddress(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown' // in-process requests (tests) have no socket
  }
}

export function authFeature(deps: Pick<Deps, 'config'>) {
  const limiter = createSignInLimiter(deps)
  return feature('auth', '/api/auth', [
    route({
      method: 'post',
      path: '/sign-in',
      permission: 'public',
      summary: 'Sign in with login ID and password; sets the session cookie',
      body: SignInRequest,
      response: SessionInfo,
      handler: async (c, { body }) => {
        const deps = c.var.deps
        const { token, info } = await signIn(deps, limiter, body, clientAddress(c))
        setCookie(c, SESSION_COOKIE, token, {
          httpOnly: true,
          sameSite: 'Strict',
          secure: deps.config.cookieSecure,
          path: '/',
          expires: new Date(info.expiresAt),
        })
        return c.json(info)
      },
    }),
    route({
      method: 'get',
      path: '/session',
      permission: 'session.own',
      summary: 'The signed-in staff member, the session expiry and the CSRF token',
      response: SessionInfo,
      handler: (c) => c.json(sessionInfo(current(c))),
    }),
    route({
      method: 'post',
      path: '/sign-out',
      permission: 'session.own',
      summary: 'End the session',
      status: 204,
      handler: (c) => {
        signOut(c.var.deps, current(c))
        deleteCookie(c, SESSION_COOKIE, { path: '/' })
        return c.body(null, 204)
      },
    }),
  ])
}
