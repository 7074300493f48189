import { Hono } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { loadSession } from './auth/authorize'
import { authFeature } from './auth/routes'
import { bookingFeature } from './booking/routes'
import { bookingSetupFeature } from './booking/setup-routes'
import {
  callsFeature,
  complaintsFeature,
  departmentsFeature,
  escalationsFeature,
  telephonyFeature,
} from './calls/routes'
import type { Deps } from './deps'
import { devicesFeature } from './devices/routes'
import { faqFeature } from './faq/routes'
import { healthFeature } from './health/routes'
import { compressJson } from './http/compress'
import type { AppEnv } from './http/env'
import { accessLog, apiNotFound, context, onError } from './http/middleware'
import { type Feature, mountFeature } from './http/route'
import { openApiFeature } from './openapi/routes'
import { outreachReviewFeature } from './outreach-review/routes'
import { reportsFeature } from './reports/routes'
import { scheduleFeature } from './schedule/routes'
import { staffFeature } from './staff/routes'
import { servePwa } from './static/pwa'
import { statusFeature } from './status/routes'
import { syncFeature } from './sync/routes'

export interface AppOptions {
  /** Folder of the built PWA to serve at `/`; the API alone when absent. */
  pwaDist?: string
}

/** Every feature of the server, in one list: the app, the role test and the OpenAPI document read it. */
export function features(deps: Deps): Feature[] {
  const all: Feature[] = [
    healthFeature,
    authFeature(deps),
    bookingFeature(deps),
    bookingSetupFeature,
    syncFeature,
    outreachReviewFeature,
    devicesFeature,
    callsFeature,
    escalationsFeature,
    departmentsFeature,
    complaintsFeature,
    telephonyFeature,
    reportsFeature,
    scheduleFeature,
    statusFeature,
    staffFeature,
    faqFeature,
  ]
  return [...all, openApiFeature(() => all)]
}

export function createApp(deps: Deps, options: AppOptions = {}) {
  const app = new Hono<AppEnv>()
  const all = features(deps)
  app.use('*', context(deps))
  app.use('/api/*', accessLog, compressJson, secureHeaders(), loadSession)
  for (const f of all) mountFeature(app, f)
  app.all('/api/*', apiNotFound)
  if (options.pwaDist) servePwa(app, options.pwaDist)
  app.onError(onError)
  return { app, features: all }
}
