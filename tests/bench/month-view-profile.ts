// `node --import tsx tests/bench/month-view-profile.ts`: the month view's parts in one process, as
// CPU time (steadier than wall time on the shared machine), over data like bench:booking's (the
// same calendar, 17,000 bookings spread over the window's slots the way its load client spreads
// them). MONTH=2027-01 picks another month (the bench's is the window's last). Figures: docs/benchmarks.md.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addDays, bookingWindow, DEFAULT_COUNTER_CALENDAR, slotsOfDay, tokyoDate } from '@madoguchi/shared'
import { monthView, monthViewJson } from '../../sync-server/src/booking/availability'
import {
  currentCalendar,
  ensureBookingDefaults,
  updateCalendar,
} from '../../sync-server/src/booking/calendar-service'
import { occupantsBetween } from '../../sync-server/src/booking/queries'
import { migrate } from '../../sync-server/src/db/migrate'
import { openDatabase } from '../../sync-server/src/db/open'
import { DEFAULT_CONFIG, type Deps } from '../../sync-server/src/deps'
import { createLogger } from '../../sync-server/src/http/logger'
import { seedDemoData } from '../../sync-server/src/seed/demo'

const dir = mkdtempSync(join(tmpdir(), 'madoguchi-month-'))
const db = openDatabase(join(dir, 'month.sqlite'))
migrate(db)
await seedDemoData(db)
ensureBookingDefaults(db)
const deps: Deps = { db, config: DEFAULT_CONFIG, log: createLogger({ level: 'warn' }), now: () => new Date() }
const supervisor = db.prepare("SELECT id FROM staff WHERE role = 'supervisor'").get() as { id: string }
const period = DEFAULT_COUNTER_CALENDAR.periods[0]
if (!period) throw new Error('no default period')
const today = tokyoDate(Date.now())
updateCalendar(
  deps,
  { user: { id: supervisor.id, loginId: 's', displayName: 's', role: 'supervisor' } },
  {
    expectedVersion: 1,
    calendar: {
      ...DEFAULT_COUNTER_CALENDAR,
      periods: [{ ...period, from: addDays(today, -1), to: addDays(today, 400), capacity: 50 }],
    },
  },
)
const cal = currentCalendar(db)
const window = bookingWindow(cal.rules, Date.now())
const slots: { date: string; startMin: number }[] = []
for (let date = window.first; date <= window.last; date = addDays(date, 1)) {
  const day = slotsOfDay(cal, date)
  if (day.open) for (const s of day.slots) slots.push({ date, startMin: s.startMin })
}
const insert = db.prepare(
  `INSERT INTO bookings (id, ref, group_id, type, date, start_min, end_min, status, name, name_key, kana,
     kana_key, birth_date, phone, proxy, channel, created_by, created_at, updated_at, version)
   VALUES (?, ?, ?, 'other', ?, ?, ?, 'booked', 'n', 'n', 'カ', 'カ', '1985-06-15', '0312345678', 0, 'phone',
     NULL, 'x', 'x', 1)`,
)
let k = 0
const bookSome = (n: number) =>
  db.transaction(() => {
    for (let j = 0; j < n; j++, k++) {
      const s = slots[(k * 7919) % slots.length] as { date: string; startMin: number }
      insert.run(`b${k}`, `r${k}`, `g${k}`, s.date, s.startMin, s.startMin + 30)
    }
  })()
bookSome(17_000)

function cpu(name: string, f: () => unknown, n: number) {
  for (let i = 0; i < 50; i++) f()
  const start = process.cpuUsage()
  for (let i = 0; i < n; i++) f()
  const used = process.cpuUsage(start)
  process.stdout.write(`${name.padEnd(44)}${((used.user + used.system) / n).toFixed(1).padStart(8)} µs CPU\n`)
}
const month = process.env.MONTH ?? window.last.slice(0, 7)
const first = `${month}-01` as `${number}-${number}-${number}`
const last = monthView(deps, month).days.at(-1)?.date ?? first
const nowIso = new Date().toISOString()
process.stdout.write(`month ${month}, ${slots.length} slots in the window, 17,000 bookings\n`)
const encoder = new TextEncoder()
cpu(
  'computed: monthView, stringify, encode',
  () => encoder.encode(JSON.stringify(monthView(deps, month))),
  1000,
)
cpu(
  '  of which the counting SQL',
  () => db.transaction(() => occupantsBetween(db, first, last, nowIso))(),
  1000,
)
cpu('kept: monthViewJson', () => monthViewJson(deps, month), 20_000)
// What migration 0022's trigger adds to a booking write: 25 inserts a transaction, as group commit
// batches them, with and without it.
for (let round = 1; round <= 5; round++) {
  cpu(`25 booking inserts, with the 0022 trigger (${round})`, () => bookSome(25), 200)
  db.exec('DROP TRIGGER booking_writes_insert')
  cpu(`25 booking inserts, without it (${round})`, () => bookSome(25), 200)
  db.exec(`CREATE TRIGGER booking_writes_insert AFTER INSERT ON bookings
    BEGIN UPDATE booking_setup SET booking_writes = booking_writes + 1 WHERE id = 1; END`)
}
db.close()
rmSync(dir, { recursive: true, force: true })
