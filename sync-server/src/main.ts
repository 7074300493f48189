import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { serve } from '@hono/node-server'
import { createApp } from './app'
import { settingsFromEnv } from './config'
import { startCheckpointer } from './db/checkpointer'
import { MigrationError, migrate } from './db/migrate'
import { openDatabase } from './db/open'
import { createLogger } from './http/logger'
import { DEMO_STAFF, seedDemoData } from './seed/demo'
import { seedDemoBookings } from './seed/demo-bookings'
import { seedReferenceData } from './sync/reference-service'

const settings = settingsFromEnv()
const log = createLogger({ level: settings.logLevel })

mkdirSync(dirname(settings.dbPath), { recursive: true })
const db = openDatabase(settings.dbPath)
let applied: string[] = []
try {
  applied = migrate(db)
} catch (error) {
  if (!(error instanceof MigrationError)) throw error
  // Refuse to start rather than run on a schema nobody meant: say what is wrong and stop.
  log.error('migrations refused', { reason: error.message })
  process.stderr.write(`\n${error.message}\n\n`)
  process.exit(1)
}
if (applied.length) log.info('migrated', { applied: applied.join(',') })
const seeded = settings.seedDemo && (await seedDemoData(db))
seedReferenceData(db, { demoSites: settings.seedDemo })

const checkpointer = startCheckpointer(db, {}, (error) =>
  log.warn('checkpointer thread failed; the server connection checkpoints itself', {
    // Errors cross from the thread as plain objects, not always as Error.
    error: String((error as { code?: string; message?: string })?.message ?? error),
    code: (error as { code?: string })?.code,
  }),
)

const deps = { db, config: settings.config, log, now: () => new Date() }
if (seeded && settings.seedDemoBookings) await seedDemoBookings(deps)
const { app } = createApp(deps, { pwaDist: settings.pwaDist })

const server = serve({ fetch: app.fetch, hostname: settings.host, port: settings.port }, (info) => {
  const url = `http://localhost:${info.port}`
  log.info('listening', { port: info.port, seeded })
  // The one place that prints to a person rather than to the log: what to open and how to sign in.
  const logins = DEMO_STAFF.map((s) => `    ${s.role.padEnd(11)} ${s.loginId.padEnd(11)} ${s.password}`).join(
    '\n',
  )
  process.stderr.write(
    `\n  madoguchi is running at ${url}\n  database: ${settings.dbPath}\n\n  demo logins (role, login ID, password):\n${logins}\n\n`,
  )
  process.send?.({ type: 'listening', port: info.port })
})

function shutdown() {
  server.close(async () => {
    await checkpointer.stop()
    db.close()
    process.exit(0)
  })
  setTimeout(() => process.exit(0), 3000).unref()
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
