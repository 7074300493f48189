import { randomUUID } from 'node:crypto'
import { langFromAcceptLanguage } from '@madoguchi/shared'
import type { Context, MiddlewareHandler } from 'hono'
import { routePath } from 'hono/route'
import type { Deps } from '../deps'
import { AppError } from '../errors'
import type { AppEnv } from './env'
import { errorBody } from './errors'

/** Put the dependencies, a request id and the reply language on every request. */
export function context(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('deps', deps)
    c.set('requestId', randomUUID())
    c.set('lang', langFromAcceptLanguage(c.req.header('accept-language')))
    c.header('x-request-id', c.var.requestId)
    await next()
  }
}

/**
 * One access line per API request. It logs the route pattern (`/api/bookings/:id`), never the
 * concrete path or query string, since those can carry a phone number or a name being searched.
 */
export const accessLog: MiddlewareHandler<AppEnv> = async (c, next) => {
  const started = performance.now()
  await next()
  c.var.deps.log.info('request', {
    requestId: c.var.requestId,
    method: c.req.method,
    route: routePath(c),
    status: c.res.status,
    ms: Math.round((performance.now() - started) * 10) / 10,
    staffId: c.var.session?.user.id,
  })
}

export function onError(error: Error, c: Context<AppEnv>): Response {
  const lang = c.var.lang ?? 'ja'
  if (error instanceof AppError) {
    return c.json(
      errorBody(lang, error.code, c.var.requestId, { fields: error.fields, details: error.details }),
      error.status as 400,
    )
  }
  // A defect. Log its name and stack (code locations), not its message: a driver message can quote data.
  c.var.deps?.log.error('unhandled', {
    requestId: c.var.requestId,
    route: routePath(c),
    name: error.name,
    stack: error.stack?.split('\n').slice(1, 6).join(' | '),
  })
  return c.json(errorBody(lang, 'internal', c.var.requestId), 500)
}

export const apiNotFound: MiddlewareHandler<AppEnv> = async (c) =>
  c.json(errorBody(c.var.lang, 'not_found', c.var.requestId), 404)
