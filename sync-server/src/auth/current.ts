import type { Context } from 'hono'
import { AppError } from '../errors'
import type { AppEnv } from '../http/env'

/** The session on a route that `authorize` already guarded. */
export function current(c: Context<AppEnv>) {
  const session = c.var.session
  if (!session) throw new AppError('unauthenticated')
  return session
}
