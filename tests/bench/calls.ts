// `npm run bench:calls`: (1) logging a call — create + close over real HTTP on 127.0.0.1 at 50
// concurrent clients — against the one-INSERT baseline of bench:booking, mounted in the same process
// and run in the same run; (2) the call-history query over 300,000 calls (three years) with filters,
// p99 against a bare indexed SELECT of the same page. Prints a table, then one JSON line, last.
import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { CATEGORIES, fromTokyo, newId, OUTCOMES } from '@madoguchi/shared'
import { createApp } from '../../sync-server/src/app'
import { startSession } from '../../sync-server/src/auth/service'
import { listCalls } from '../../sync-server/src/calls/read-service'
import { migrate } from '../../sync-server/src/db/migrate'
import { openDatabase } from '../../sync-server/src/db/open'
import { DEFAULT_CONFIG, type Deps } from '../../sync-server/src/deps'
import { createLogger } from '../../sync-server/src/http/logger'
import { seedDemoData } from '../../sync-server/src/seed/demo'

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50)
const MEASURE_MS = Number(process.env.BENCH_SECONDS ?? 5) * 1000
const HISTORY_CALLS = Number(process.env.BENCH_HISTORY_CALLS ?? 300_000)
const QUERIES = 300

const dir = mkdtempSync(join(tmpdir(), 'madoguchi-bench-calls-'))
const db = openDatabase(join(dir, 'bench.sqlite'))
migrate(db)
await seedDemoData(db)
db.exec(
  'CREATE TABLE bench_baseline (id INTEGER PRIMARY KEY, seq INTEGER NOT NULL, note TEXT, at TEXT NOT NULL)',
)
const deps: Deps = { db, config: DEFAULT_CONFIG, log: createLogger({ level: 'warn' }), now: () => new Date() }
const { app } = createApp(deps)
const insertBaseline = db.prepare('INSERT INTO bench_baseline (seq, note, at) VALUES (?, ?, ?)')
app.post('/bench/baseline', async (c) => {
  const body = (await c.req.json()) as { seq: number; note: string }
  const { lastInsertRowid } = insertBaseline.run(body.seq, body.note, new Date().toISOString())
  return c.json({ id: Number(lastInsertRowid) }, 201)
})

const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 })
await new Promise((resolve) => server.once('listening', resolve))
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
const operator = db.prepare(`SELECT id, login_id, display_name FROM staff WHERE role = 'operator'`).get() as {
  id: string
  login_id: string
  display_name: string
}
const { token, info } = startSession(deps, {
  id: operator.id,
  loginId: operator.login_id,
  displayName: operator.display_name,
  role: 'operator',
})
const headers = {
  'content-type': 'application/json',
  cookie: `madoguchi_session=${token}`,
  'x-csrf-token': info.csrfToken,
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0

async function load(kind: string, op: (seq: number) => Promise<boolean>) {
  const latencies: number[] = []
  let failed = 0
  let seq = 0
  const end = performance.now() + MEASURE_MS
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const started = performance.now()
        const ok = await op(seq++)
        latencies.push(performance.now() - started)
        if (!ok) failed++
      }
    }),
  )
  latencies.sort((a, b) => a - b)
  return {
    kind,
    ops: latencies.length,
    failed,
    opsPerSecond: Math.round(latencies.length / (MEASURE_MS / 1000)),
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
  }
}

const baseline = await load('baseline: one INSERT', async (seq) => {
  const res = await fetch(`${base}/bench/baseline`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ seq, note: 'x' }),
  })
  await res.arrayBuffer()
  return res.status === 201
})
const logged = await load('call: create + close', async () => {
  const id = newId()
  const at = new Date().toISOString()
  const start = await fetch(`${base}/api/calls`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ id, answeredAt: at }),
  })
  await start.arrayBuffer()
  const close = await fetch(`${base}/api/calls/${id}/close`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      categories: ['items_to_bring'],
      outcome: 'resolved',
      endedAt: at,
      talkSeconds: 120,
    }),
  })
  await close.arrayBuffer()
  return start.status === 201 && close.status === 200
})
server.close()

// Three years of calls for the history query, written directly (one transaction).
const DAY = 86_400_000
const firstDay = Date.parse('2024-01-01T00:00:00Z')
const spanDays = 3 * 365
const insertCall = db.prepare(
  `INSERT INTO calls (id, status, source, operator_id, caller_phone, answered_at, ended_at, talk_seconds, outcome,
     primary_category, started_at, closed_at) VALUES (?, 'closed', 'cti', ?, ?, ?, ?, 120, ?, ?, ?, ?)`,
)
const insertCategory = db.prepare(
  'INSERT INTO call_categories (call_id, category, is_primary) VALUES (?, ?, 1)',
)
let rng = 12345
const rnd = () => {
  rng = (rng * 1103515245 + 12345) % 2147483648
  return rng / 2147483648
}
db.transaction(() => {
  for (let i = 0; i < HISTORY_CALLS; i++) {
    const at = new Date(firstDay + Math.floor(rnd() * spanDays * DAY)).toISOString()
    const id = newId()
    const category = CATEGORIES[Math.floor(rnd() * CATEGORIES.length)]?.code ?? 'other'
    const outcome = OUTCOMES[Math.floor(rnd() * OUTCOMES.length)] ?? 'resolved'
    insertCall.run(
      id,
      operator.id,
      `0900000${String(i % 10_000).padStart(4, '0')}`,
      at,
      at,
      outcome,
      category,
      at,
      at,
    )
    insertCategory.run(id, category)
  }
})()
db.exec('ANALYZE')

const actor = {
  user: {
    id: operator.id,
    loginId: operator.login_id,
    displayName: operator.display_name,
    role: 'operator' as const,
  },
}
const bare = db.prepare(
  'SELECT * FROM calls WHERE started_at >= ? AND started_at < ? ORDER BY started_at DESC, id DESC LIMIT 50',
)
function timeQueries(kind: string, run: (from: number) => void) {
  const latencies: number[] = []
  rng = 999
  for (let i = 0; i < QUERIES; i++) {
    const from = firstDay + Math.floor(rnd() * (spanDays - 31)) * DAY
    const started = performance.now()
    run(from)
    latencies.push(performance.now() - started)
  }
  latencies.sort((a, b) => a - b)
  return { kind, ops: QUERIES, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99) }
}
const dateOf = (ms: number) =>
  new Date(ms + 9 * 3600_000).toISOString().slice(0, 10) as `${number}-${number}-${number}`
const bareQuery = timeQueries('bare indexed SELECT (a month, 50 rows)', (from) => {
  bare.all(
    new Date(fromTokyo(dateOf(from), 0)).toISOString(),
    new Date(fromTokyo(dateOf(from + 30 * DAY), 0)).toISOString(),
  )
})
const historyQuery = timeQueries('call history (month + category + outcome, audited)', (from) => {
  listCalls(deps, actor, {
    from: dateOf(from),
    to: dateOf(from + 30 * DAY),
    category: 'booking_new',
    outcome: 'resolved',
    limit: 50,
  })
})

db.close()
rmSync(dir, { recursive: true, force: true })

const ms = (n: number) => n.toFixed(2).padStart(8)
console.log(
  `\nbench:calls — ${CONCURRENCY} clients, ${MEASURE_MS / 1000} s per phase; history over ${HISTORY_CALLS} calls\n`,
)
console.log('phase                                                  ops     ops/s   p50 ms   p99 ms  failed')
for (const r of [baseline, logged]) {
  console.log(
    `${r.kind.padEnd(52)} ${String(r.ops).padStart(6)} ${String(r.opsPerSecond).padStart(8)} ${ms(r.p50)} ${ms(r.p99)} ${String(r.failed).padStart(7)}`,
  )
}
for (const r of [bareQuery, historyQuery]) {
  console.log(`${r.kind.padEnd(52)} ${String(r.ops).padStart(6)} ${''.padStart(8)} ${ms(r.p50)} ${ms(r.p99)}`)
}
const ratios = {
  callVsBaselineThroughput: +(logged.opsPerSecond / Math.max(1, baseline.opsPerSecond)).toFixed(3),
  callVsBaselineP99: +(logged.p99 / Math.max(0.001, baseline.p99)).toFixed(2),
  historyVsBareP99: +(historyQuery.p99 / Math.max(0.001, bareQuery.p99)).toFixed(2),
}
console.log(
  `\nA logged call is two requests (create, close) and several rows with their audit rows; throughput ratio ${ratios.callVsBaselineThroughput}, p99 ratio ${ratios.callVsBaselineP99}. History p99 is ${ratios.historyVsBareP99}× the bare SELECT.\n`,
)
console.log(
  JSON.stringify({
    bench: 'calls',
    concurrency: CONCURRENCY,
    historyCalls: HISTORY_CALLS,
    baseline,
    logged,
    bareQuery,
    historyQuery,
    ratios,
  }),
)
