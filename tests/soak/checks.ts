import Database from 'better-sqlite3'
import type { Acked } from './client'
import { theilSen } from './slope'
import { median, type Window } from './windows'

// The soak's verdict: which answers count as failures, which acknowledged writes the database no
// longer holds, and whether memory, open files, the WAL or p99 latency keep growing.

/** Statuses that say a request itself was wrong (409 and 429 are a busy day's normal answers). */
export const MALFORMED = new Set([400, 401, 403, 404, 413, 422])

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

/** Growth per minute over the judged windows, each a robust fitted slope (slope.ts). */
export interface Slopes {
  rssMiBPerMin: number
  fdsPerMin: number
  walMiBPerMin: number
  p99MsPerMin: number
  /** The slope of p99 divided by the probe's time: latency growth the machine's own slowing does not explain. */
  p99PerProbePerMin: number
}

/** A window's p99 in units of the machine probe's time (0 probes: the plain p99). */
const relativeP99 = (w: Window) => (w.probeMs > 0 ? w.p99 / w.probeMs : w.p99)

/** What the server acknowledged and no longer holds, read from its SQLite file after it stopped. */
export function missingWrites(dbPath: string, acked: Acked): string[] {
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

/** What went wrong with the answers and the writes, in the order the verdict lists them. */
export function answerProblems(found: {
  clientErrors: (string | null)[]
  errors5xx: number
  unanswered: string[]
  refused: string[]
  missing: string[]
}): string[] {
  const { errors5xx, unanswered, refused, missing } = found
  const problems = found.clientErrors.flatMap((error) => (error ? [`a client stopped: ${error}`] : []))
  if (errors5xx) problems.push(`${errors5xx} requests answered 5xx`)
  if (unanswered.length)
    problems.push(`${unanswered.length} requests got no answer: ${unanswered.slice(0, 5).join('; ')}`)
  if (refused.length)
    problems.push(
      `${refused.length} requests refused as malformed: ${[...new Set(refused)].slice(0, 5).join('; ')}`,
    )
  if (missing.length)
    problems.push(`${missing.length} acknowledged writes missing: ${missing.slice(0, 5).join('; ')}`)
  return problems
}

/**
 * The slopes over the windows after warm-up and the bounds they exceed; with fewer than four windows
 * there is nothing to judge (null, no problems).
 */
export function growthProblems(
  judged: Window[],
  windowSeconds: number,
): { slopes: Slopes | null; problems: string[] } {
  const problems: string[] = []
  if (judged.length < 4) return { slopes: null, problems }
  const perMin = 60 / windowSeconds
  const fit = (pick: (w: Window) => number) => theilSen(judged.map(pick)) * perMin
  const slopes: Slopes = {
    rssMiBPerMin: fit((w) => w.rssMiB),
    fdsPerMin: fit((w) => w.fds),
    walMiBPerMin: fit((w) => w.walMiB),
    p99MsPerMin: fit((w) => w.p99),
    p99PerProbePerMin: fit(relativeP99),
  }
  const p99Bound = LIMITS.p99ShareOfMedianPerMin * median(judged.map(relativeP99))
  if (slopes.rssMiBPerMin > LIMITS.rssMiBPerMin)
    problems.push(`memory keeps growing: ${slopes.rssMiBPerMin.toFixed(2)} MiB/min > ${LIMITS.rssMiBPerMin}`)
  if (slopes.fdsPerMin > LIMITS.fdsPerMin)
    problems.push(`open files keep growing: ${slopes.fdsPerMin.toFixed(2)}/min > ${LIMITS.fdsPerMin}`)
  if (slopes.walMiBPerMin > LIMITS.walMiBPerMin)
    problems.push(`the WAL keeps growing: ${slopes.walMiBPerMin.toFixed(2)} MiB/min > ${LIMITS.walMiBPerMin}`)
  if (slopes.p99PerProbePerMin > p99Bound)
    problems.push(
      `p99 latency keeps growing beyond the machine's own slowing: ${slopes.p99PerProbePerMin.toFixed(3)} probe-times/min > ${p99Bound.toFixed(3)} ` +
        `(p99 itself ${slopes.p99MsPerMin.toFixed(2)} ms/min)`,
    )
  return { slopes, problems }
}
