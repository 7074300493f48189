import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { serve } from '@hono/node-server'
import { createApp } from './app'
import { settingsFromEnv } from './config'
import { startBackups } from './db/backup-schedule'
import { startCheckpointer } from './db/checkpointer'
import { adoptGeneration } from './db/generation'
import { MigrationError, migrate } from './db/migrate'
import { openDatabase } from './db/open'
import { analyser } from './faq/analyser'
import { seedDemoFaq } from './faq/seed'
import { createLogger } from './http/logger'
import { startBanner } from './seed/banner'
import { seedDemoData } from './seed/demo'
import { seedDemoBookings } from './seed/demo-bookings'
import { seedDemoCalls } from './seed/demo-calls'
import { seedDemoCdr } from './seed/demo-cdr'
import { seedDemoStatus } from './seed/demo-status'
import { seedReferenceData } from './sync/reference-service'
import { startUploadSweeper } from './sync/upload-sweeper'

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
// Started on a backup copy: a new generation, so every tablet sends again what it still holds.
const { restoredFrom } = adoptGeneration(db)
if (restoredFrom) log.warn('started_on_backup_copy', { backupTakenAt: restoredFrom })
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
// Three months of invented calls, with the demo staff on an empty database (MADOGUCHI_SEED_DEMO=0: none).
if (seeded) log.info('seeded demo calls', { calls: seedDemoCalls(db, deps.now()) })
// …and the telephone service's call details for them, so the monthly report has an answer rate.
if (seeded) log.info('seeded demo call details', { rows: seedDemoCdr(db, deps.now()) })
// An invented status file's worth of applications (申請状況), imported as the demo supervisor.
if (seeded) log.info('seeded demo application status', { applications: seedDemoStatus(deps) })
// The FAQ's analyser loads its dictionary from node_modules in about two seconds: start it now, so the
// first search does not wait. The demo FAQ (written by the demo supervisor, published by the city user).
void analyser().catch((error) => log.error('faq analyser failed to load', { error: String(error) }))
if (seeded) log.info('seeded demo faq', { entries: await seedDemoFaq(deps) })
const { app } = createApp(deps, { pwaDist: settings.pwaDist })
const sweeper = startUploadSweeper(deps)
const backups = startBackups(deps, settings.backup)

const server = serve({ fetch: app.fetch, hostname: settings.host, port: settings.port }, (info) => {
  const url = `http://localhost:${info.port}`
  log.info('listening', { port: info.port, seeded })
  // The one place that prints to a person rather than to the log: what to open and how to sign in.
  process.stderr.write(
    startBanner({ url, dbPath: settings.dbPath, seeded: Boolean(seeded), tty: process.stderr.isTTY }),
  )
  process.send?.({ type: 'listening', port: info.port })
})

function shutdown() {
  server.close(async () => {
    sweeper.stop()
    await backups.stop()
    await checkpointer.stop()
    db.close()
    process.exit(0)
  })
  setTimeout(() => process.exit(0), 3000).unref()
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
