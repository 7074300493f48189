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
import { BOOKING_TYPES, CATEGORIES, monthRange, mulberry32, newId, type ReportMonth } from '@madoguchi/shared'
import { ensureBookingDefaults } from '../../sync-server/src/booking/calendar-service'
import { csvText, encodeCsv } from '../../sync-server/src/csv/writer'
import { migrate } from '../../sync-server/src/db/migrate'
import { openDatabase } from '../../sync-server/src/db/open'
import { CALLS_COLUMNS, callPages } from '../../sync-server/src/reports/calls-export'
import { buildReport } from '../../sync-server/src/reports/service'
import { seedDemoData } from '../../sync-server/src/seed/demo'

const PER_MONTH = Number(process.env.BENCH_CALLS_PER_MONTH ?? 30_000)
const MONTHS = Number(process.env.BENCH_MONTHS ?? 13)
const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const BOOKINGS = Number(process.env.BENCH_BOOKINGS ?? 50_000)
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 70)
const FIRST: ReportMonth = '2026-10'
const MEASURED = (process.env.BENCH_MONTH ?? '2027-10') as ReportMonth // has a previous month and the same month last year

const dir = mkdtempSync(join(tmpdir(), 'madoguchi-bench-report-'))
const db = openDatabase(join(dir, 'bench.sqlite'))
migrate(db)
await seedDemoData(db)

const seedStarted = performance.now()
const rnd = mulberry32(16)
const operator = db.prepare(`SELECT id FROM staff WHERE role = 'operator'`).pluck().get() as string
const insertCall = db.prepare(
  `INSERT INTO calls (id, status, source, line, operator_id, ringing_at, answered_at, ended_at, talk_seconds, outcome,
     primary_category, started_at, closed_at) VALUES (?, 'closed', 'cti', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
)
const insertCategory = db.prepare(
  'INSERT INTO call_categories (call_id, category, is_primary) VALUES (?, ?, 1)',
)
const insertCdr = db.prepare(
  `INSERT OR IGNORE INTO cdr_calls (provider, line, started_at, answered_at, ended_at, import_id) VALUES ('pbx', ?, ?, ?, ?, 1)`,
)
const insertEscalation = db.prepare(
  `INSERT INTO escalations (id, call_id, department, question, urgency, status, raised_at, due_date, answered_at)
   VALUES (?, ?, '市民課', '確認事項', 'normal', 'answered', ?, ?, ?)`,
)
const insertComplaint = db.prepare(
  `INSERT INTO complaints (id, call_id, what, severity, status, received_at) VALUES (?, ?, '電話がつながりにくい', 'low', 'done', ?)`,
)
db.prepare(
  `INSERT INTO cdr_imports (id, provider, file_name, sha256, rows, added, imported_at) VALUES (1, 'pbx', 'bench.csv', '', 0, 0, ?)`,
).run(new Date().toISOString())
const codes = CATEGORIES.map((c) => c.code)
let total = 0
for (let m = 0; m < MONTHS; m++) {
  const [y, mo] = FIRST.split('-').map(Number) as [number, number]
  const month =
    `${y + Math.floor((mo - 1 + m) / 12)}-${String(((mo - 1 + m) % 12) + 1).padStart(2, '0')}` as ReportMonth
  const { from, to } = monthRange(month)
  db.transaction(() => {
    for (let i = 0; i < PER_MONTH; i++) {
      const ring = from + Math.floor(rnd() * (to - from))
      const answered = rnd() < 0.92 ? ring + 5_000 + Math.floor(rnd() * 30_000) : null
      const talk = answered === null ? 0 : 60 + Math.floor(rnd() * 540)
      const ended = (answered ?? ring + 30_000) + talk * 1000
      const r = rnd()
      const outcome =
        answered === null
          ? 'dropped'
          : r < 0.04
            ? 'escalated'
            : r < 0.06
              ? 'callback'
              : r < 0.065
                ? 'complaint'
                : 'resolved'
      const id = newId()
      const line = String(1 + Math.floor(rnd() * 2))
      const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString())
      const primary = answered === null ? null : (codes[Math.floor(rnd() * codes.length)] as string)
      insertCall.run(
        id,
        line,
        operator,
        iso(ring),
        iso(answered),
        iso(ended),
        talk,
        outcome,
        primary,
        iso(ring),
        iso(ended),
      )
      if (primary) insertCategory.run(id, primary)
      insertCdr.run(line, iso(ring), iso(answered), iso(ended))
      if (outcome === 'escalated') {
        const due = new Date(ring + 4 * 86_400_000 + 9 * 3_600_000).toISOString().slice(0, 10)
        insertEscalation.run(newId(), id, iso(ended), due, iso(ended + 86_400_000))
      }
      if (outcome === 'complaint') insertComplaint.run(newId(), id, iso(ended))
      total++
    }
  })()
}

// Bookings spread over the same months, each with its events (the report counts events by channel).
ensureBookingDefaults(db)
const insertBooking = db.prepare(
  `INSERT INTO bookings (id, ref, group_id, type, date, start_min, end_min, status, name, name_key, kana, kana_key,
     birth_date, phone, proxy, channel, created_by, created_at, updated_at, version)
   VALUES (?, ?, ?, ?, ?, 540, 570, ?, '恵庭 花子', '恵庭花子', 'エニワ ハナコ', 'エニワハナコ', '1980-04-01', ?, 0, ?, ?, ?, ?, 1)`,
)
const insertEvent = db.prepare(
  'INSERT INTO booking_events (booking_id, at, actor_id, action, version) VALUES (?, ?, ?, ?, 1)',
)
const seeded = monthRange(FIRST).from
const seededTo = seeded + MONTHS * 30.4 * 86_400_000
const channels = ['phone', 'web', 'counter'] as const
db.transaction(() => {
  for (let i = 0; i < BOOKINGS; i++) {
    const made = seeded + Math.floor(rnd() * (seededTo - seeded))
    const visit = made + Math.floor(rnd() * 20 * 86_400_000)
    const r = rnd()
    const status = r < 0.1 ? 'cancelled' : r < 0.15 ? 'no_show' : r < 0.8 ? 'attended' : 'booked'
    const id = newId()
    const iso = (t: number) => new Date(t).toISOString()
    insertBooking.run(
      id,
      `B${String(i).padStart(7, '0')}`,
      id,
      BOOKING_TYPES[i % BOOKING_TYPES.length],
      iso(visit + 9 * 3_600_000).slice(0, 10),
      status,
      `090${String(10_000_000 + i).slice(-8)}`,
      channels[Math.floor(rnd() * 3)],
      operator,
      iso(made),
      iso(made),
    )
    insertEvent.run(id, iso(made), operator, 'created')
    if (rnd() < 0.2) insertEvent.run(id, iso(made + 3_600_000), operator, 'moved')
    if (status !== 'booked') insertEvent.run(id, iso(visit), operator, status)
  }
})()

// Pop-up sessions (実施回) with the intakes their tablets synced, about two a month.
const insertSite = db.prepare('INSERT INTO sites (id, data, change_seq) VALUES (?, ?, 1)')
const insertSession = db.prepare(
  `INSERT INTO outreach_sessions (id, site_id, date, version, data, device_id, received_at) VALUES (?, ?, ?, 1, ?, 'bench', ?)`,
)
const insertIntake = db.prepare(
  `INSERT INTO intakes (id, session_id, visitor_no, version, data, device_id, received_at) VALUES (?, ?, ?, 1, ?, 'bench', ?)`,
)
const sites = ['site-a', 'site-b', 'site-c']
db.transaction(() => {
  for (const [i, site] of sites.entries())
    insertSite.run(site, JSON.stringify({ id: site, name: `出張会場${i + 1}` }))
  const purposes = ['new_application', 'renewal', 'reissue_after_loss', 'photo_only', 'question']
  for (let i = 0; i < SESSIONS; i++) {
    const start = seeded + Math.floor(((i + rnd()) / SESSIONS) * (seededTo - seeded))
    const date = new Date(start + 9 * 3_600_000).toISOString().slice(0, 10)
    const id = newId()
    const at = (t: number) => new Date(t).toISOString()
    insertSession.run(
      id,
      sites[i % 3],
      date,
      JSON.stringify({ createdAt: at(start), updatedAt: at(start) }),
      at(start),
    )
    for (let v = 1; v <= 40; v++) {
      const t = start + v * 300_000
      const data = { createdAt: at(t), updatedAt: at(t + 120_000), purpose: purposes[v % purposes.length] }
      insertIntake.run(newId(), id, v, JSON.stringify(data), at(t))
    }
  }
})()
db.exec('ANALYZE')
const seedSeconds = (performance.now() - seedStarted) / 1000

if (process.env.BENCH_PROFILE) {
  const Q = await import('../../sync-server/src/reports/queries')
  const D = await import('../../sync-server/src/reports/day-tallies')
  const { daysOfMonth } = await import('@madoguchi/shared')
  const { from, to } = monthRange(MEASURED)
  const days = daysOfMonth(MEASURED)
  const lap = (name: string, work: () => unknown) => {
    const t0 = performance.now()
    const v = work()
    console.log(name.padEnd(28), (performance.now() - t0).toFixed(1))
    return v
  }
  for (let round = 0; round < 3; round++) {
    if (round === 0) db.exec('DELETE FROM report_days')
    lap(round === 0 ? 'callSections (no day kept)' : 'callSections (kept)', () =>
      D.monthCallSections(db, MEASURED),
    )
    lap('complaints', () => Q.complaintsBetween(db, from, to))
    lap('escalations', () => Q.escalationsBetween(db, from, to))
    lap('bookingTotals', () => Q.bookingTotalsBetween(db, days[0] as never, days[days.length - 1] as never))
    lap('sessions', () => Q.sessionsBetween(db, days[0] as never, days[days.length - 1] as never))
  }
}
const deps = { db, now: () => new Date('2027-11-05T03:00:00Z') }
const { from, to } = monthRange(MEASURED)
const count = db.prepare('SELECT count(*) FROM calls WHERE started_at >= ? AND started_at < ?').pluck()
const bare = db.prepare(
  'SELECT id, started_at, answered_at, ended_at, line, talk_seconds, outcome FROM calls WHERE started_at >= ? AND started_at < ?',
)

function time(label: string, runs: number, work: () => unknown) {
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

// Baseline and report interleaved run by run, so neither gets a quieter machine.
const baselineRuns: number[] = []
const reportRuns: number[] = []
let incoming = 0
let counted = 0
count.get(new Date(from).toISOString(), new Date(to).toISOString())
buildReport(deps, MEASURED) // the first read of the month keeps its days (and those of the two months it shows beside)
for (let i = 0; i < RUNS; i++) {
  let t0 = performance.now()
  counted = count.get(new Date(from).toISOString(), new Date(to).toISOString()) as number
  baselineRuns.push(performance.now() - t0)
  t0 = performance.now()
  incoming = buildReport(deps, MEASURED).calls.incoming
  reportRuns.push(performance.now() - t0)
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return +(s[Math.floor(s.length / 2)] as number).toFixed(3)
}

// For reading only (not the ratio): the report with no day kept — every day of the three months
// reconciled, as on the first read after the upgrade — and right after a late call and its
// call-detail row land on the 15th, which drops the days around it.
const coldRuns: number[] = []
const lateRuns: number[] = []
for (let i = 0; i < Math.min(RUNS, 3); i++) {
  db.exec('DELETE FROM report_days')
  let t0 = performance.now()
  buildReport(deps, MEASURED)
  coldRuns.push(performance.now() - t0)
  const ring = from + 14 * 86_400_000 + 5 * 3_600_000 + i * 60_000
  const iso = (t: number) => new Date(t).toISOString()
  insertCall.run(
    newId(),
    '3',
    operator,
    iso(ring),
    iso(ring + 5_000),
    iso(ring + 65_000),
    60,
    'resolved',
    null,
    iso(ring),
    iso(ring + 65_000),
  )
  insertCdr.run('3', iso(ring), iso(ring + 5_000), iso(ring + 65_000))
  t0 = performance.now()
  buildReport(deps, MEASURED)
  lateRuns.push(performance.now() - t0)
}

let exportBytes = 0
const rssBefore = process.memoryUsage().rss
let rssPeak = rssBefore
const bareSelect = time('bare SELECT of the month’s call rows', RUNS, () =>
  bare.all(new Date(from).toISOString(), new Date(to).toISOString()),
)
const exportRun = time('calls CSV of the month (paged, encoded UTF-8)', RUNS, () => {
  exportBytes = encodeCsv(csvText(CALLS_COLUMNS, []), 'utf8').length
  for (const page of callPages(db, MEASURED)) {
    exportBytes += Buffer.byteLength(csvText(CALLS_COLUMNS, page, false))
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss)
  }
})

db.close()
rmSync(dir, { recursive: true, force: true })

const baseline = {
  label: 'baseline: indexed COUNT(*) of the month’s calls',
  runs: RUNS,
  medianMs: median(baselineRuns),
}
const report = {
  label: 'monthly report (3 months reconciled with CDR, all sections)',
  runs: RUNS,
  medianMs: median(reportRuns),
}
const cold = {
  label: 'for reading: the same with no day kept (first read)',
  runs: coldRuns.length,
  medianMs: median(coldRuns),
}
const late = {
  label: 'for reading: the same just after a late call on the 15th',
  runs: lateRuns.length,
  medianMs: median(lateRuns),
}
const ratios = {
  reportVsCount: +(report.medianMs / Math.max(0.001, baseline.medianMs)).toFixed(1),
  exportVsBareSelect: +(exportRun.medianMs / Math.max(0.001, bareSelect.medianMs)).toFixed(2),
}
console.log(
  `\nbench:report — ${total} calls (${PER_MONTH}/month × ${MONTHS}) and as many CDR rows, ${BOOKINGS} bookings, ${SESSIONS} pop-up sessions; seeded in ${seedSeconds.toFixed(1)} s; month ${MEASURED}\n`,
)
console.log('phase                                                          runs  median ms')
for (const r of [baseline, report, cold, late, bareSelect, exportRun])
  console.log(`${r.label.padEnd(62)} ${String(r.runs).padStart(4)} ${r.medianMs.toFixed(3).padStart(10)}`)
console.log(
  `\nThe report (${incoming} incoming; COUNT says ${counted} logged) takes ${ratios.reportVsCount}× the bare COUNT; the calls CSV (${(exportBytes / 1e6).toFixed(1)} MB, peak RSS +${((rssPeak - rssBefore) / 1e6).toFixed(0)} MB) takes ${ratios.exportVsBareSelect}× the bare SELECT of its rows.\n`,
)
console.log(
  JSON.stringify({
    bench: 'report',
    calls: total,
    perMonth: PER_MONTH,
    months: MONTHS,
    bookings: BOOKINGS,
    sessions: SESSIONS,
    month: MEASURED,
    baseline,
    report,
    cold,
    late,
    bareSelect,
    export: { ...exportRun, bytes: exportBytes, peakRssDeltaBytes: rssPeak - rssBefore },
    ratios,
  }),
)
