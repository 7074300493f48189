// `npm run bench:report`: one month's report (月次報告) computed from live data over a realistic
// volume — 30,000 calls a month for 13 months, each call also in the telephone service's call details,
// with categories, escalations, complaints; 50,000 bookings with their events and 70 pop-up sessions
// with their intakes, as the issue sets out — against a baseline run side by side in the same run: a
// single indexed COUNT(*) over the same month's call rows. The report reads the days it keeps
// (report_days, migration 0018); the table also shows, for reading only, the same report with no day
// kept (its first read) and right after a late call lands in the month. Then the month's calls CSV
// (paged, encoded) against a bare SELECT of the same rows. A table, then one JSON line, last.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ReportMonth } from '@madoguchi/shared'
import { migrate } from '../../sync-server/src/db/migrate'
import { openDatabase } from '../../sync-server/src/db/open'
import { seedDemoData } from '../../sync-server/src/seed/demo'
import { measureExport, measureReport, profileSections } from './report/measure'
import { printResults } from './report/print'
import { seedReportVolume, type Volume } from './report/seed'

// The data (report/seed.ts), the timings (report/measure.ts) and the output (report/print.ts) each
// have their own file; this one runs them in order on a fresh database.
const volume: Volume = {
  perMonth: Number(process.env.BENCH_CALLS_PER_MONTH ?? 30_000),
  months: Number(process.env.BENCH_MONTHS ?? 13),
  bookings: Number(process.env.BENCH_BOOKINGS ?? 50_000),
  sessions: Number(process.env.BENCH_SESSIONS ?? 70),
  first: '2026-10',
}
const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const MEASURED = (process.env.BENCH_MONTH ?? '2027-10') as ReportMonth // has a previous month and the same month last year

const dir = mkdtempSync(join(tmpdir(), 'madoguchi-bench-report-'))
const db = openDatabase(join(dir, 'bench.sqlite'))
migrate(db)
await seedDemoData(db)

const seedStarted = performance.now()
const seeded = seedReportVolume(db, volume)
const seedSeconds = (performance.now() - seedStarted) / 1000

if (process.env.BENCH_PROFILE) await profileSections(db, MEASURED)
const report = measureReport(db, MEASURED, RUNS, seeded.addLateCall)
const csv = measureExport(db, MEASURED, RUNS)

db.close()
rmSync(dir, { recursive: true, force: true })

printResults({ volume, calls: seeded.calls, seedSeconds, month: MEASURED, report, export: csv })
