import { type ChildProcess, fork } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  addDays,
  bookingWindow,
  DEFAULT_COUNTER_CALENDAR,
  newId,
  type Role,
  slotsOfDay,
} from '@madoguchi/shared'
import Database from 'better-sqlite3'
import { hashPassword } from '../../sync-server/src/auth/passwords'
import { insertStaff } from '../../sync-server/src/auth/queries'
import { migrate } from '../../sync-server/src/db/migrate'
import { type RunningServer, startServer } from '../support/server'
import { SOAK_PASSWORD, soakLogin } from './accounts'
import type { Acked, ClientJob, Sample, Work } from './client'
import { theilSen } from './slope'

/** Statuses that say a request itself was wrong (409 and 429 are a busy day's normal answers). */
const MALFORMED = new Set([400, 401, 403, 404, 413, 422])

/**
 * The soak: the real server (its own process, as `npm start` runs it) under a steady mixed load from
 * several client processes for a set time. Every window (a minute by default) it records the server's
 * resident memory, open file handles (/proc/<pid>/fd), the WAL file's size and the p99 latency; at the
 * end it checks nothing answered 5xx, every acknowledged write is in the database, and none of the
 * four keeps growing (a robust fitted slope, after warm-up, under the bounds in LIMITS).
 */
export interface SoakOptions {
  seconds: number
  windowSeconds: number
  /** Windows left out of the slopes: the first minutes fill caches and JIT-compile. */
  warmupWindows: number
  /** Print each window's row as it closes. */
  live?: (line: string) => void
}

/**
 * How much growth per minute still counts as flat. Memory and the WAL may wobble (garbage collection,
 * checkpoints); a leak shows as a steady climb that a slope fitted over the whole run does not hide.
 * Latency is bounded relative to its own median, because the machine sets its level.
 */
export const LIMITS = {
  rssMiBPerMin: 1,
  fdsPerMin: 0.5,
  walMiBPerMin: 0.5,
  p99ShareOfMedianPerMin: 0.03,
}

/** The load: who works, how many at once, how often each starts an action. */
const CLIENTS: { work: Work; users: number; paceMs: number }[] = [
  { work: 'desk', users: 3, paceMs: 500 },
  { work: 'desk', users: 3, paceMs: 500 },
  { work: 'sync', users: 2, paceMs: 1500 },
  { work: 'sign-in', users: 1, paceMs: 2000 },
]

export interface Window {
  minute: number
  requests: number
  errors5xx: number
  failed: number
  p50: number
  p99: number
  rssMiB: number
  fds: number
  walMiB: number
  /** The machine probe's median time this window (see `probeMachine`): how slow the machine was. */
  probeMs: number
}

export interface SoakResult {
  windows: Window[]
  requests: number
  byKind: Record<string, number>
  statuses: Record<string, number>
  errors5xx: number
  acked: { bookings: number; records: number; photos: number }
  missing: string[]
  slopes: {
    rssMiBPerMin: number
    fdsPerMin: number
    walMiBPerMin: number
    p99MsPerMin: number
    /** The slope of p99 divided by the probe's time: latency growth the machine's own slowing does not explain. */
    p99PerProbePerMin: number
  } | null
  problems: string[]
}

/** A window's p99 in units of the machine probe's time (0 probes: the plain p99). */
const relativeP99 = (w: Window) => (w.probeMs > 0 ? w.p99 / w.probeMs : w.p99)

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0
const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  )

const PROBE_BYTES = new Uint8Array(1 << 20).map((_, i) => (i * 2654435761) >>> 24)

/**
 * A fixed piece of CPU work, timed: the same on a quiet machine every time, longer when other work
 * shares the cores. The soak runs on shared machines (CI, other tests, other sessions), where the
 * server's latency follows the machine's load; judging p99 against this probe's time, taken in the
 * same seconds, leaves the growth the server itself causes.
 */
function probeMachine(): number {
  const started = performance.now()
  for (let round = 0; round < 4; round++) createHash('sha256').update(PROBE_BYTES).digest()
  return performance.now() - started
}

function processSample(pid: number, walPath: string) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
  let wal = 0
  try {
    wal = statSync(walPath).size
  } catch {
    // no WAL yet
  }
  return { rssMiB: rssKb / 1024, fds: readdirSync(`/proc/${pid}/fd`).length, walMiB: wal / 2 ** 20 }
}

function bookableSlots(): { slots: ClientJob['slots']; month: string } {
  const window = bookingWindow(DEFAULT_COUNTER_CALENDAR.rules, Date.now())
  const slots: ClientJob['slots'] = []
  for (let date = addDays(window.first, 1); date <= window.last; date = addDays(date, 1)) {
    const day = slotsOfDay(DEFAULT_COUNTER_CALENDAR, date)
    if (day.open) for (const s of day.slots) slots.push({ date, time: s.time })
  }
  return { slots, month: (slots[0]?.date ?? window.first).slice(0, 7) }
}

function startClient(job: ClientJob, onSamples: (samples: Sample[]) => void) {
  const child: ChildProcess = fork(fileURLToPath(new URL('./client.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  let isReady: () => void = () => {}
  const ready = new Promise<void>((resolve) => {
    isReady = resolve
  })
  const done = new Promise<{ acked: Acked; error: string | null }>((resolve, reject) => {
    child.on('message', (m: { type: string; samples?: Sample[]; acked?: Acked; error?: string | null }) => {
      if (m.type === 'ready') isReady()
      if (m.type === 'samples') onSamples(m.samples ?? [])
      if (m.type === 'done') resolve({ acked: m.acked as Acked, error: m.error ?? null })
    })
    child.on('exit', (code) => reject(new Error(`soak client (${job.work}) exited with ${code}`)))
  })
  return {
    ready,
    start: () => child.send({ type: 'start', job }),
    stop: () => child.send({ type: 'stop' }),
    done,
  }
}

const ROLE_OF: Record<Work, Role> = { desk: 'operator', sync: 'outreach', 'sign-in': 'supervisor' }

/**
 * One account per simulated user, written into the file before the server first opens it (the
 * server then migrates nothing and seeds its demo data beside them).
 */
async function soakAccounts(dbPath: string) {
  const db = new Database(dbPath)
  try {
    migrate(db)
    const passwordHash = await hashPassword(SOAK_PASSWORD)
    const createdAt = new Date().toISOString()
    db.transaction(() => {
      CLIENTS.forEach((c, i) => {
        for (let u = 0; u < c.users; u++) {
          const loginId = soakLogin(c.work, clientSeed(i), u)
          insertStaff(db, {
            id: newId(),
            loginId,
            displayName: `耐久 ${loginId}`,
            role: ROLE_OF[c.work],
            passwordHash,
            createdAt,
          })
        }
      })
    })()
  } finally {
    db.close()
  }
}
const clientSeed = (index: number) => 1000 + index

/** What the server acknowledged and no longer holds, read from its SQLite file after it stopped. */
function missingWrites(dbPath: string, acked: Acked): string[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true })
  try {
    const missing: string[] = []
    const booking = db.prepare('SELECT status FROM bookings WHERE id = ?').pluck()
    for (const b of acked.bookings) {
      const status = booking.get(b.id)
      if (status !== b.status)
        missing.push(`booking ${b.id}: acknowledged ${b.status}, holds ${status ?? 'nothing'}`)
    }
    const version = (table: string) => db.prepare(`SELECT version FROM ${table} WHERE id = ?`).pluck()
    const tables = ['outreach_sessions', 'intakes', 'consultation_notes'].map(version)
    for (const r of acked.records) {
      const held = tables.map((t) => t.get(r.id)).find((v) => v !== undefined) as number | undefined
      if (held === undefined || held < r.version) missing.push(`record ${r.id} v${r.version} missing`)
    }
    const photo = db.prepare('SELECT sha256 FROM photos WHERE id = ?').pluck()
    const stored = db.prepare('SELECT count(*) FROM photo_store WHERE sha256 = ?').pluck()
    for (const p of acked.photos) {
      if (photo.get(p.id) !== p.sha256 || stored.get(p.sha256) === 0) missing.push(`photo ${p.id} missing`)
    }
    return missing
  } finally {
    db.close()
  }
}

export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const dir = mkdtempSync(join(tmpdir(), 'madoguchi-soak-'))
  const dbPath = join(dir, 'soak.sqlite')
  await soakAccounts(dbPath)
  const server: RunningServer = await startServer({
    dbPath,
    env: { LOG_LEVEL: 'error' },
  })
  const pid = server.process.pid as number
  const walPath = `${server.dbPath}-wal`
  const { slots, month } = bookableSlots()
  const windowMs = options.windowSeconds * 1000
  let current: Sample[] = []
  const unanswered: string[] = []
  const refused: string[] = []
  const all = { requests: 0, byKind: {} as Record<string, number>, statuses: {} as Record<string, number> }
  const resources: ReturnType<typeof processSample>[] = []
  const probes: number[] = []
  const windows: Window[] = []

  const closeWindow = () => {
    resources.push(processSample(pid, walPath))
    const latencies = current.map((s) => s.ms).sort((a, b) => a - b)
    const row: Window = {
      minute: (windows.length + 1) * (options.windowSeconds / 60),
      requests: current.length,
      errors5xx: current.filter((s) => s.status >= 500).length,
      failed: current.filter((s) => s.status === 0).length,
      p50: percentile(latencies, 0.5),
      p99: percentile(latencies, 0.99),
      rssMiB: median(resources.map((r) => r.rssMiB)),
      fds: median(resources.map((r) => r.fds)),
      walMiB: median(resources.map((r) => r.walMiB)),
      probeMs: median(probes),
    }
    windows.push(row)
    options.live?.(formatRow(row))
    current = []
    resources.length = 0
    probes.length = 0
  }
  const clients = CLIENTS.map((c, i) =>
    startClient({ url: server.url, ...c, seed: clientSeed(i), slots, month }, (samples) => {
      for (const s of samples) {
        current.push(s)
        all.requests++
        all.byKind[s.kind] = (all.byKind[s.kind] ?? 0) + 1
        all.statuses[s.status] = (all.statuses[s.status] ?? 0) + 1
        if (s.status === 0) unanswered.push(`${s.kind} after ${Math.round(s.ms)} ms: ${s.error}`)
        // The clients send only well-formed requests: a refusal as malformed means the soak is no
        // longer exercising what it claims (it once booked nothing for weeks, every request a 400).
        if (MALFORMED.has(s.status)) refused.push(`${s.kind} answered ${s.status}`)
      }
    }),
  )
  // The clock starts once every client process is up (tsx takes seconds to load on a busy machine).
  await Promise.all(clients.map((c) => c.ready))
  const started = Date.now()
  const sampler = setInterval(() => resources.push(processSample(pid, walPath)), 5_000)
  const prober = setInterval(() => probes.push(probeMachine()), 1_000)
  const ticker = setInterval(closeWindow, windowMs)
  for (const c of clients) c.start()
  options.live?.(HEADER)
  await new Promise((r) => setTimeout(r, Math.max(0, options.seconds * 1000 - (Date.now() - started))))
  clearInterval(ticker)
  clearInterval(sampler)
  clearInterval(prober)
  for (const c of clients) c.stop()
  const outcomes = await Promise.all(clients.map((c) => c.done))
  if (current.length) closeWindow()
  await server.stop('SIGTERM')

  const acked: Acked = { bookings: [], records: [], photos: [] }
  for (const o of outcomes) {
    acked.bookings.push(...o.acked.bookings)
    acked.records.push(...o.acked.records)
    acked.photos.push(...o.acked.photos)
  }
  const missing = missingWrites(server.dbPath, acked)
  rmSync(dir, { recursive: true, force: true })
  const problems = outcomes.flatMap((o) => (o.error ? [`a client stopped: ${o.error}`] : []))
  const errors5xx = windows.reduce((sum, w) => sum + w.errors5xx, 0)
  if (errors5xx) problems.push(`${errors5xx} requests answered 5xx`)
  if (unanswered.length)
    problems.push(`${unanswered.length} requests got no answer: ${unanswered.slice(0, 5).join('; ')}`)
  if (refused.length)
    problems.push(
      `${refused.length} requests refused as malformed: ${[...new Set(refused)].slice(0, 5).join('; ')}`,
    )
  if (missing.length)
    problems.push(`${missing.length} acknowledged writes missing: ${missing.slice(0, 5).join('; ')}`)

  const judged = windows.slice(options.warmupWindows)
  let slopes: SoakResult['slopes'] = null
  if (judged.length >= 4) {
    const perMin = 60 / options.windowSeconds
    const fit = (pick: (w: Window) => number) => theilSen(judged.map(pick)) * perMin
    slopes = {
      rssMiBPerMin: fit((w) => w.rssMiB),
      fdsPerMin: fit((w) => w.fds),
      walMiBPerMin: fit((w) => w.walMiB),
      p99MsPerMin: fit((w) => w.p99),
      p99PerProbePerMin: fit(relativeP99),
    }
    const p99Bound = LIMITS.p99ShareOfMedianPerMin * median(judged.map(relativeP99))
    if (slopes.rssMiBPerMin > LIMITS.rssMiBPerMin)
      problems.push(
        `memory keeps growing: ${slopes.rssMiBPerMin.toFixed(2)} MiB/min > ${LIMITS.rssMiBPerMin}`,
      )
    if (slopes.fdsPerMin > LIMITS.fdsPerMin)
      problems.push(`open files keep growing: ${slopes.fdsPerMin.toFixed(2)}/min > ${LIMITS.fdsPerMin}`)
    if (slopes.walMiBPerMin > LIMITS.walMiBPerMin)
      problems.push(
        `the WAL keeps growing: ${slopes.walMiBPerMin.toFixed(2)} MiB/min > ${LIMITS.walMiBPerMin}`,
      )
    if (slopes.p99PerProbePerMin > p99Bound)
      problems.push(
        `p99 latency keeps growing beyond the machine's own slowing: ${slopes.p99PerProbePerMin.toFixed(3)} probe-times/min > ${p99Bound.toFixed(3)} ` +
          `(p99 itself ${slopes.p99MsPerMin.toFixed(2)} ms/min)`,
      )
  }
  return {
    windows,
    requests: all.requests,
    byKind: all.byKind,
    statuses: all.statuses,
    errors5xx,
    acked: { bookings: acked.bookings.length, records: acked.records.length, photos: acked.photos.length },
    missing,
    slopes,
    problems,
  }
}

export const HEADER = `${'minute'.padStart(6)} ${'requests'.padStart(8)} ${'5xx'.padStart(4)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'RSS MiB'.padStart(8)} ${'fds'.padStart(4)} ${'WAL MiB'.padStart(8)} ${'probe ms'.padStart(8)}`
export function formatRow(w: Window): string {
  return `${w.minute.toFixed(w.minute % 1 ? 2 : 0).padStart(6)} ${String(w.requests).padStart(8)} ${String(w.errors5xx).padStart(4)} ${w.p50.toFixed(1).padStart(7)} ${w.p99.toFixed(1).padStart(7)} ${w.rssMiB.toFixed(1).padStart(8)} ${String(Math.round(w.fds)).padStart(4)} ${w.walMiB.toFixed(2).padStart(8)} ${w.probeMs.toFixed(1).padStart(8)}`
}
