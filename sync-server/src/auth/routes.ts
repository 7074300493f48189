import { SessionInfo, SignInRequest, signInRetryText, translate } from '@madoguchi/shared'
import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { Deps } from '../deps'
import { clientAddress, secureCookies } from '../http/client'
import type { AppEnv } from '../http/env'
import { errorBody } from '../http/errors'
import { feature, route } from '../http/route'
import { SESSION_COOKIE } from './authorize'
import { current } from './current'
import { KNOWN_DEVICE_DAYS } from './known-devices'
import { createSignInThrottle, SignInThrottled, sessionInfo, signIn, signOut } from './service'

/** Marks a browser that signed in before (auth/known-devices.ts); only the sign-in route reads it. */
export const DEVICE_COOKIE = 'madoguchi_device'

/** 429 with Retry-After and, in words, when the user may try again. */
function throttled(c: Context<AppEnv>, error: SignInThrottled): Response {
  const now = c.var.deps.now()
  const seconds = Math.max(1, Math.ceil((error.retryAt.getTime() - now.getTime()) / 1000))
  const body = errorBody(c.var.lang, 'rate_limited', c.var.requestId, { details: error.details })
  body.error.message = signInRetryText(
    (key, params) => translate(c.var.lang, key, params),
    error.retryAt,
    now,
  )
  return c.json(body, 429, { 'retry-after': String(seconds) })
}

export function authFeature(deps: Pick<Deps, 'config'>) {
  const throttle = createSignInThrottle(deps)
  return feature('auth', '/api/auth', [
    route({
      method: 'post',
      path: '/sign-in',
      permission: 'public',
      summary:
        'Sign in with login ID and password; sets the session cookie and ends earlier sessions. 429 rate_limited carries Retry-After and details.retryAt',
      body: SignInRequest,
      response: SessionInfo,
      handler: async (c, { body }) => {
        const deps = c.var.deps
        const from = { address: clientAddress(c, deps.config), deviceToken: getCookie(c, DEVICE_COOKIE) }
        let signedIn: Awaited<ReturnType<typeof signIn>>
        try {
          signedIn = await signIn(deps, throttle, body, from)
        } catch (error) {
          if (error instanceof SignInThrottled) return throttled(c, error)
          throw error
        }
        const secure = secureCookies(c, deps.config)
        setCookie(c, SESSION_COOKIE, signedIn.token, {
          httpOnly: true,
          sameSite: 'Strict',
          secure,
          path: '/',
          expires: new Date(signedIn.info.expiresAt),
        })
        setCookie(c, DEVICE_COOKIE, signedIn.deviceToken, {
          httpOnly: true,
          sameSite: 'Strict',
          secure,
          path: '/api/auth',
          maxAge: KNOWN_DEVICE_DAYS * 86_400,
        })
        return c.json(signedIn.info)
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
        deleteCookie(c, SESSION_COOKIE, { path: '/', secure: secureCookies(c, c.var.deps.config) })
        return c.body(null, 204)
      },
    }),
  ])
}
