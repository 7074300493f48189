import { monthRange, type ReportMonth } from '@madoguchi/shared'
import { csvText, encodeCsv } from '../../../sync-server/src/csv/writer'
import type { Db } from '../../../sync-server/src/db/open'
import { CALLS_COLUMNS, callPages } from '../../../sync-server/src/reports/calls-export'
import { buildReport } from '../../../sync-server/src/reports/service'

/** One measured phase: its label in the table, how many runs, their median (and fastest) in ms. */
export interface Phase {
  label: string
  runs: number
  medianMs: number
  minMs?: number
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return +(s[Math.floor(s.length / 2)] as number).toFixed(3)
}

function time(label: string, runs: number, work: () => unknown): Required<Phase> {
  work() // warm the page cache and the statement cache
  const ms: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    work()
    ms.push(performance.now() - started)
  }
  ms.sort((a, b) => a - b)
  return {
    label,
    runs,
    medianMs: +(ms[Math.floor(ms.length / 2)] as number).toFixed(3),
    minMs: +(ms[0] as number).toFixed(3),
  }
}

/** BENCH_PROFILE: each section of the report timed alone, printed before the table. */
export async function profileSections(db: Db, month: ReportMonth): Promise<void> {
  const Q = await import('../../../sync-server/src/reports/queries')
  const D = await import('../../../sync-server/src/reports/day-tallies')
  const { daysOfMonth } = await import('@madoguchi/shared')
  const { from, to } = monthRange(month)
  const days = daysOfMonth(month)
  const lap = (name: string, work: () => unknown) => {
    const t0 = performance.now()
    const v = work()
    console.log(name.padEnd(28), (performance.now() - t0).toFixed(1))
    return v
  }
  for (let round = 0; round < 3; round++) {
    if (round === 0) db.exec('DELETE FROM report_days')
    lap(round === 0 ? 'callSections (no day kept)' : 'callSections (kept)', () =>
      D.monthCallSections(db, month),
    )
    lap('complaints', () => Q.complaintsBetween(db, from, to))
    lap('escalations', () => Q.escalationsBetween(db, from, to))
    lap('bookingTotals', () => Q.bookingTotalsBetween(db, days[0] as never, days[days.length - 1] as never))
    lap('sessions', () => Q.sessionsBetween(db, days[0] as never, days[days.length - 1] as never))
  }
}

export interface ReportTimes {
  baseline: Phase
  report: Phase
  cold: Phase
  late: Phase
  /** What the report counted as incoming, and what the bare COUNT found logged. */
  incoming: number
  counted: number
}

/**
 * The report against a single indexed COUNT(*) of the same month's calls; then, for reading only,
 * the report with no day kept and just after a late call (`addLateCall`) lands on the 15th.
 */
export function measureReport(
  db: Db,
  month: ReportMonth,
  runs: number,
  addLateCall: (ring: number) => void,
): ReportTimes {
  const deps = { db, now: () => new Date('2027-11-05T03:00:00Z') }
  const { from, to } = monthRange(month)
  const count = db.prepare('SELECT count(*) FROM calls WHERE started_at >= ? AND started_at < ?').pluck()

  // Baseline and report interleaved run by run, so neither gets a quieter machine.
  const baselineRuns: number[] = []
  const reportRuns: number[] = []
  let incoming = 0
  let counted = 0
  count.get(new Date(from).toISOString(), new Date(to).toISOString())
  buildReport(deps, month) // the first read of the month keeps its days (and those of the two months it shows beside)
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now()
    counted = count.get(new Date(from).toISOString(), new Date(to).toISOString()) as number
    baselineRuns.push(performance.now() - t0)
    t0 = performance.now()
    incoming = buildReport(deps, month).calls.incoming
    reportRuns.push(performance.now() - t0)
  }

  // For reading only (not the ratio): the report with no day kept — every day of the three months
  // reconciled, as on the first read after the upgrade — and right after a late call and its
  // call-detail row land on the 15th, which drops the days around it.
  const coldRuns: number[] = []
  const lateRuns: number[] = []
  for (let i = 0; i < Math.min(runs, 3); i++) {
    db.exec('DELETE FROM report_days')
    let t0 = performance.now()
    buildReport(deps, month)
    coldRuns.push(performance.now() - t0)
    addLateCall(from + 14 * 86_400_000 + 5 * 3_600_000 + i * 60_000)
    t0 = performance.now()
    buildReport(deps, month)
    lateRuns.push(performance.now() - t0)
  }

  return {
    baseline: {
      label: 'baseline: indexed COUNT(*) of the month’s calls',
      runs,
      medianMs: median(baselineRuns),
    },
    report: {
      label: 'monthly report (3 months reconciled with CDR, all sections)',
      runs,
      medianMs: median(reportRuns),
    },
    cold: {
      label: 'for reading: the same with no day kept (first read)',
      runs: coldRuns.length,
      medianMs: median(coldRuns),
    },
    late: {
      label: 'for reading: the same just after a late call on the 15th',
      runs: lateRuns.length,
      medianMs: median(lateRuns),
    },
    incoming,
    counted,
  }
}

export interface ExportTimes {
  bareSelect: Required<Phase>
  exportRun: Required<Phase>
  /** The CSV's size, and how far the process's RSS rose above where it was before the two phases. */
  bytes: number
  peakRssDeltaBytes: number
}

/** The month's calls CSV (paged, encoded) against a bare SELECT of the same rows. */
export function measureExport(db: Db, month: ReportMonth, runs: number): ExportTimes {
  const { from, to } = monthRange(month)
  const bare = db.prepare(
    'SELECT id, started_at, answered_at, ended_at, line, talk_seconds, outcome FROM calls WHERE started_at >= ? AND started_at < ?',
  )
  let bytes = 0
  const rssBefore = process.memoryUsage().rss
  let rssPeak = rssBefore
  const bareSelect = time('bare SELECT of the month’s call rows', runs, () =>
    bare.all(new Date(from).toISOString(), new Date(to).toISOString()),
  )
  const exportRun = time('calls CSV of the month (paged, encoded UTF-8)', runs, () => {
    bytes = encodeCsv(csvText(CALLS_COLUMNS, []), 'utf8').length
    for (const page of callPages(db, month)) {
      bytes += Buffer.byteLength(csvText(CALLS_COLUMNS, page, false))
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss)
    }
  })
  return { bareSelect, exportRun, bytes, peakRssDeltaBytes: rssPeak - rssBefore }
}
