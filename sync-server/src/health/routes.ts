import { z } from 'zod'
import { feature, route } from '../http/route'

const Health = z.object({ status: z.literal('ok'), time: z.string(), schemaVersion: z.number() })

export const healthFeature = feature('health', '/api/health', [
  route({
    method: 'get',
    path: '/',
    permission: 'public',
    summary: 'Liveness and database check',
    response: Health,
    handler: (c) => {
      const { db, now } = c.var.deps
      const schemaVersion = db.prepare('SELECT max(version) FROM schema_migrations').pluck().get() as number
      return c.json({ status: 'ok' as const, time: now().toISOString(), schemaVersion })
    },
  }),
])
