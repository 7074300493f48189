import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'

// What the soak records for each window (a minute by default) and the row it prints for it.

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

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0
export const median = (values: number[]) =>
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
export function probeMachine(): number {
  const started = performance.now()
  for (let round = 0; round < 4; round++) createHash('sha256').update(PROBE_BYTES).digest()
  return performance.now() - started
}

export function processSample(pid: number, walPath: string) {
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

export const HEADER = `${'minute'.padStart(6)} ${'requests'.padStart(8)} ${'5xx'.padStart(4)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'RSS MiB'.padStart(8)} ${'fds'.padStart(4)} ${'WAL MiB'.padStart(8)} ${'probe ms'.padStart(8)}`
export function formatRow(w: Window): string {
  return `${w.minute.toFixed(w.minute % 1 ? 2 : 0).padStart(6)} ${String(w.requests).padStart(8)} ${String(w.errors5xx).padStart(4)} ${w.p50.toFixed(1).padStart(7)} ${w.p99.toFixed(1).padStart(7)} ${w.rssMiB.toFixed(1).padStart(8)} ${String(Math.round(w.fds)).padStart(4)} ${w.walMiB.toFixed(2).padStart(8)} ${w.probeMs.toFixed(1).padStart(8)}`
}
