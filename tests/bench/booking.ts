// `npm run bench:booking`: booking throughput and latency at 50 concurrent clients over real HTTP on
// 127.0.0.1, against a baseline endpoint in the same run and the same process: Hono on
// @hono/node-server with better-sqlite3, doing one plain INSERT per request. The baseline is
// mounted here only, never in the product app. Prints a table, then one JSON line, last.
import { type ChildProcess, fork } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { addDays, bookingWindow, DEFAULT_COUNTER_CALENDAR, slotsOfDay, tokyoDate } from '@madoguchi/shared'
import { createApp } from '../../sync-server/src/app'
import { startSession } from '../../sync-server/src/auth/service'
import { updateCalendar } from '../../sync-server/src/booking/calendar-service'
import { startCheckpointer } from '../../sync-server/src/db/checkpointer'
import { groupCommitOf } from '../../sync-server/src/db/group-commit'
import { migrate } from '../../sync-server/src/db/migrate'
import { openDatabase } from '../../sync-server/src/db/open'
import { DEFAULT_CONFIG, type Deps } from '../../sync-server/src/deps'
import { createLogger } from '../../sync-server/src/http/logger'
import { seedDemoData } from '../../sync-server/src/seed/demo'

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50)
const MEASURE_MS = Number(process.env.BENCH_SECONDS ?? 5) * 1000
const WARMUP_MS = 1000

interface Result {
  kind: string
  requests: number
  /** Every request sent, warm-up included. */
  sent: number
  /** Server CPU time (user + system) per request: steadier than req/s on a shared machine. */
  cpuUs: number
  rps: number
  p50: number
  p99: number
  max: number
  statuses: Record<string, number>
  clientCpuUs: number
  clientCores: number
  /** Server CPU (both threads) as cores busy over the phase. */
  serverCores: number
}

const dir = mkdtempSync(join(tmpdir(), 'madoguchi-bench-'))
const db = openDatabase(join(dir, 'bench.sqlite'))
if (process.env.BENCH_PRAGMA) db.pragma(process.env.BENCH_PRAGMA)
migrate(db)
await seedDemoData(db)
// As main.ts runs the server: checkpoints on their own thread (the baseline shares the connection).
const checkpointer = startCheckpointer(db)
db.exec(
  `CREATE TABLE bench_baseline (id INTEGER PRIMARY KEY, seq INTEGER NOT NULL, note TEXT, at TEXT NOT NULL);
   CREATE TABLE bench_checked (id INTEGER PRIMARY KEY, slot INTEGER NOT NULL, seq INTEGER NOT NULL, at TEXT NOT NULL);
   CREATE INDEX bench_checked_slot ON bench_checked (slot);`,
)

// The product's own logger at the level the e2e servers use: the access line costs a JSON encode
// per request either way, only the write is skipped below 'warn'.
const deps: Deps = { db, config: DEFAULT_CONFIG, log: createLogger({ level: 'warn' }), now: () => new Date() }
const { app } = createApp(deps)

const insertBaseline = db.prepare('INSERT INTO bench_baseline (seq, note, at) VALUES (?, ?, ?)')
app.post('/bench/baseline', async (c) => {
  const body = (await c.req.json()) as { seq: number; note: string }
  const { lastInsertRowid } = insertBaseline.run(body.seq, body.note, new Date().toISOString())
  return c.json({ id: Number(lastInsertRowid) }, 201)
})

// The issue's yardstick, also mounted here only: a bare transactional check-and-insert, each request
// its own BEGIN IMMEDIATE … COMMIT (no group commit), one count and one insert. It shows what the
// machine gives a minimal booking, so the table separates the machine from our own layers.
const countChecked = db.prepare('SELECT count(*) FROM bench_checked WHERE slot = ?').pluck()
const insertChecked = db.prepare('INSERT INTO bench_checked (slot, seq, at) VALUES (?, ?, ?)')
const checkAndInsert = db.transaction((slot: number, seq: number) => {
  if ((countChecked.get(slot) as number) >= 1_000_000) return false
  insertChecked.run(slot, seq, new Date().toISOString())
  return true
})
app.post('/bench/check-and-insert', async (c) => {
  const body = (await c.req.json()) as { seq: number; slot: number }
  return checkAndInsert.immediate(body.slot, body.seq) ? c.json({ ok: true }, 201) : c.json({}, 409)
})

// A calendar with room for every request the bench can send: a wide counter (capacity 50) on
// every open day of the window, so the measurement is of booking, not of "slot full".
const staff = db.prepare("SELECT id, login_id, display_name FROM staff WHERE role = 'operator'").get() as {
  id: string
  login_id: string
  display_name: string
}
const supervisorRow = db.prepare("SELECT id FROM staff WHERE role = 'supervisor'").get() as { id: string }
const period = DEFAULT_COUNTER_CALENDAR.periods[0]
if (!period) throw new Error('no default period')
const today = tokyoDate(Date.now())
updateCalendar(
  deps,
  { user: { id: supervisorRow.id, loginId: 's', displayName: 's', role: 'supervisor' } },
  {
    expectedVersion: 1,
    calendar: {
      ...DEFAULT_COUNTER_CALENDAR,
      periods: [{ ...period, from: addDays(today, -1), to: addDays(today, 400), capacity: 50 }],
    },
  },
)
const window = bookingWindow(DEFAULT_COUNTER_CALENDAR.rules, Date.now())
const calendarNow = (await import('../../sync-server/src/booking/calendar-service')).currentCalendar(db)
const slots: { date: string; time: string }[] = []
for (let date = window.first; date <= window.last; date = addDays(date, 1)) {
  const day = slotsOfDay(calendarNow, date)
  if (day.open) for (const s of day.slots) slots.push({ date, time: s.time })
}

const session = startSession(deps, {
  id: staff.id,
  loginId: staff.login_id,
  displayName: staff.display_name,
  role: 'operator',
})
const auth = { cookie: `madoguchi_session=${session.token}`, 'x-csrf-token': session.info.csrfToken }

const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 })
await new Promise((resolve) => server.once('listening', resolve))
const port = (server.address() as AddressInfo).port

const client: ChildProcess = fork(fileURLToPath(new URL('./load-client.mjs', import.meta.url)), [], {
  stdio: 'inherit',
})
function phase(job: Record<string, unknown>): Promise<Result> {
  const cpu = process.cpuUsage()
  const started = performance.now()
  return new Promise((resolve) => {
    client.once('message', (m) => {
      const used = process.cpuUsage(cpu)
      const r = m as Result
      resolve({
        ...r,
        cpuUs: (used.user + used.system) / Math.max(1, r.sent),
        serverCores: (used.user + used.system) / 1000 / (performance.now() - started),
      })
    })
    client.send({ port, concurrency: CONCURRENCY, warmupMs: WARMUP_MS, measureMs: MEASURE_MS, ...job })
  })
}

const month = window.last.slice(0, 7)
process.stderr.write(
  `bench: ${CONCURRENCY} clients, ${MEASURE_MS / 1000} s per phase after ${WARMUP_MS / 1000} s warm-up, port ${port}\n`,
)
// BENCH_ONLY=booking (or month, availability) runs one phase alone, e.g. under --cpu-prof.
const only = process.env.BENCH_ONLY
const skipped: Result = {
  kind: 'skipped',
  requests: 0,
  sent: 0,
  cpuUs: Number.NaN,
  rps: Number.NaN,
  p50: 0,
  p99: 0,
  max: 0,
  statuses: {},
  clientCpuUs: Number.NaN,
  clientCores: Number.NaN,
  serverCores: Number.NaN,
}
const run = (name: string, job: Record<string, unknown>) =>
  !only || only === name || name === 'baseline' ? phase(job) : Promise.resolve(skipped)
const baseline = await run('baseline', { kind: 'baseline' })
const checked = await run('checked', { kind: 'checked' })
const booking = await run('booking', { kind: 'booking', headers: auth, slots })
const baselineAgain = await run('baseline', { kind: 'baseline' })
// The product's own request path with no booking work: cookie session, CSRF-free GET, JSON answer.
const sessionOnly = await run('session', { kind: 'session', headers: auth, path: '/api/auth/session' })
const monthView = await run('month', {
  kind: 'month',
  headers: auth,
  path: `/api/booking/month?month=${month}`,
})
const nextFree = await run('availability', {
  kind: 'availability',
  headers: auth,
  path: '/api/booking/availability?type=renewal&people=2&limit=20',
})
client.kill()
const bookedRows = db.prepare('SELECT count(*) FROM bookings').pluck().get() as number
const { batches, pieces } = groupCommitOf(db).stats
server.close()
await checkpointer.stop()
db.close()
rmSync(dir, { recursive: true, force: true })

// The baseline ran before and after the bookings; its better run is the bar (the stricter ratio).
const base = baselineAgain.rps > baseline.rps ? baselineAgain : baseline
const ms = (n: number) => n.toFixed(2).padStart(8)
const rows: [string, Result][] = [
  ['baseline: one INSERT', base],
  ['yardstick: bare check-and-insert transaction', checked],
  ['booking: create (POST /api/bookings)', booking],
  ['signed-in GET, no work (GET /api/auth/session)', sessionOnly],
  ['month view (GET /api/booking/month)', monthView],
  ['next free slots (GET /api/booking/availability)', nextFree],
]
const lines = [
  '',
  `${'endpoint'.padEnd(50)}${'req/s'.padStart(9)}${'× base'.padStart(8)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'max ms'.padStart(9)}${'cpu µs'.padStart(9)}${'cores'.padStart(12)}  statuses`,
  ...rows.map(
    ([name, r]) =>
      `${name.padEnd(50)}${r.rps.toFixed(0).padStart(9)}${(r.rps / base.rps).toFixed(2).padStart(8)}${ms(r.p50)} ${ms(r.p99)} ${ms(r.max)}${r.cpuUs.toFixed(0).padStart(9)}${`${r.serverCores.toFixed(2)}+${r.clientCores.toFixed(2)}`.padStart(12)}  ${JSON.stringify(r.statuses)}`,
  ),
  'cores: CPU busy over the phase, server (both threads) + load generator; the machine has 2.',
  `bookings in the database after the run: ${bookedRows}; group commit: ${pieces} writes in ${batches} commits (${(pieces / Math.max(1, batches)).toFixed(1)} a commit); baseline runs: ${baseline.rps.toFixed(0)} and ${baselineAgain.rps.toFixed(0)} req/s`,
  // A phase whose every answer was an error measured the error path: say so instead of a ratio.
  ...rows
    .filter(([, r]) => r.kind !== 'skipped' && r.requests > 0 && !r.statuses['200'] && !r.statuses['201'])
    .map(([name, r]) => `WARNING: ${name} answered no request with success: ${JSON.stringify(r.statuses)}`),
  `goal: booking ≥ 0.60 × baseline throughput and p99 ≤ 15 ms → ${
    booking.rps / base.rps >= 0.6 && booking.p99 <= 15 ? 'met' : 'NOT met'
  }`,
  '',
]
process.stdout.write(lines.join('\n'))
const round = (r: Result) => ({
  rps: Math.round(r.rps),
  p50Ms: Number(r.p50.toFixed(2)),
  p99Ms: Number(r.p99.toFixed(2)),
  ratio: Number((r.rps / base.rps).toFixed(3)),
  serverCpuUsPerRequest: Math.round(r.cpuUs),
  clientCpuUsPerRequest: Math.round(r.clientCpuUs),
  coresServer: Number(r.serverCores.toFixed(2)),
  coresClient: Number(r.clientCores.toFixed(2)),
  ok: r.statuses['200'] ?? r.statuses['201'] ?? 0,
  requests: r.requests,
})
process.stdout.write(
  `${JSON.stringify({
    concurrency: CONCURRENCY,
    seconds: MEASURE_MS / 1000,
    baseline: round(base),
    checkAndInsert: round(checked),
    booking: round(booking),
    session: round(sessionOnly),
    month: round(monthView),
    availability: round(nextFree),
  })}\n`,
)
process.exit(0)
