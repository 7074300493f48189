import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type RunningServer, startServer } from '../support/server'
import { answerProblems, growthProblems, MALFORMED, missingWrites, type Slopes } from './checks'
import type { Acked, Sample } from './client'
import { bookableSlots, CLIENTS, clientSeed, soakAccounts, startClient } from './load'
import { formatRow, HEADER, median, percentile, probeMachine, processSample, type Window } from './windows'

/**
 * The soak: the real server (its own process, as `npm start` runs it) under a steady mixed load from
 * several client processes for a set time. Every window (a minute by default) it records the server's
 * resident memory, open file handles (/proc/<pid>/fd), the WAL file's size and the p99 latency; at the
 * end it checks nothing answered 5xx, every acknowledged write is in the database, and none of the
 * four keeps growing (a robust fitted slope, after warm-up, under the bounds in LIMITS, checks.ts).
 */
export interface SoakOptions {
  seconds: number
  windowSeconds: number
  /** Windows left out of the slopes: the first minutes fill caches and JIT-compile. */
  warmupWindows: number
  /** Print each window's row as it closes. */
  live?: (line: string) => void
}

export interface SoakResult {
  windows: Window[]
  requests: number
  byKind: Record<string, number>
  statuses: Record<string, number>
  errors5xx: number
  acked: { bookings: number; records: number; photos: number }
  missing: string[]
  slopes: Slopes | null
  problems: string[]
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
  const errors5xx = windows.reduce((sum, w) => sum + w.errors5xx, 0)
  const clientErrors = outcomes.map((o) => o.error)
  const growth = growthProblems(windows.slice(options.warmupWindows), options.windowSeconds)
  const problems = [
    ...answerProblems({ clientErrors, errors5xx, unanswered, refused, missing }),
    ...growth.problems,
  ]
  return {
    windows,
    requests: all.requests,
    byKind: all.byKind,
    statuses: all.statuses,
    errors5xx,
    acked: { bookings: acked.bookings.length, records: acked.records.length, photos: acked.photos.length },
    missing,
    slopes: growth.slopes,
    problems,
  }
}
