import { BOOKING_TYPES, CATEGORIES, monthRange, mulberry32, newId, type ReportMonth } from '@madoguchi/shared'
import type { Statement } from 'better-sqlite3'
import { ensureBookingDefaults } from '../../../sync-server/src/booking/calendar-service'
import type { Db } from '../../../sync-server/src/db/open'

/** How much `npm run bench:report` writes: the volume unless the BENCH_* variables say less. */
export interface Volume {
  perMonth: number
  months: number
  bookings: number
  sessions: number
  /** The first month written; the others follow it. */
  first: ReportMonth
}

export interface Seeded {
  /** Calls written (each with its call-detail row). */
  calls: number
  /** A call answered on line 3 and its call-detail row, written as a late call lands in a kept month. */
  addLateCall(ring: number): void
}

const iso = (t: number) => new Date(t).toISOString()

/**
 * The bench's data, from one seeded generator so every run writes the same rows (only their ids
 * differ): calls with their categories, call-detail rows, escalations and complaints; bookings with
 * their events; pop-up sessions with their intakes. Written straight into the tables, then ANALYZEd
 * so the query planner sees the volume the report will meet.
 */
export function seedReportVolume(db: Db, volume: Volume): Seeded {
  const rnd = mulberry32(16)
  const operator = db.prepare(`SELECT id FROM staff WHERE role = 'operator'`).pluck().get() as string
  const insertCall = db.prepare(
    `INSERT INTO calls (id, status, source, line, operator_id, ringing_at, answered_at, ended_at, talk_seconds, outcome,
     primary_category, started_at, closed_at) VALUES (?, 'closed', 'cti', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertCdr = db.prepare(
    `INSERT OR IGNORE INTO cdr_calls (provider, line, started_at, answered_at, ended_at, import_id) VALUES ('pbx', ?, ?, ?, ?, 1)`,
  )
  const calls = seedCalls(db, volume, rnd, operator, insertCall, insertCdr)
  seedBookings(db, volume, rnd, operator)
  seedSessions(db, volume, rnd)
  db.exec('ANALYZE')
  return {
    calls,
    addLateCall(ring) {
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
    },
  }
}

/** Calls over every month, each also in the call details; some escalated, a few complaints. */
function seedCalls(
  db: Db,
  volume: Volume,
  rnd: () => number,
  operator: string,
  insertCall: Statement,
  insertCdr: Statement,
): number {
  const insertCategory = db.prepare(
    'INSERT INTO call_categories (call_id, category, is_primary) VALUES (?, ?, 1)',
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
  for (let m = 0; m < volume.months; m++) {
    const [y, mo] = volume.first.split('-').map(Number) as [number, number]
    const month =
      `${y + Math.floor((mo - 1 + m) / 12)}-${String(((mo - 1 + m) % 12) + 1).padStart(2, '0')}` as ReportMonth
    const { from, to } = monthRange(month)
    db.transaction(() => {
      for (let i = 0; i < volume.perMonth; i++) {
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
        const isoOrNull = (t: number | null) => (t === null ? null : iso(t))
        const primary = answered === null ? null : (codes[Math.floor(rnd() * codes.length)] as string)
        insertCall.run(
          id,
          line,
          operator,
          isoOrNull(ring),
          isoOrNull(answered),
          isoOrNull(ended),
          talk,
          outcome,
          primary,
          isoOrNull(ring),
          isoOrNull(ended),
        )
        if (primary) insertCategory.run(id, primary)
        insertCdr.run(line, isoOrNull(ring), isoOrNull(answered), isoOrNull(ended))
        if (outcome === 'escalated') {
          const due = new Date(ring + 4 * 86_400_000 + 9 * 3_600_000).toISOString().slice(0, 10)
          insertEscalation.run(newId(), id, isoOrNull(ended), due, isoOrNull(ended + 86_400_000))
        }
        if (outcome === 'complaint') insertComplaint.run(newId(), id, isoOrNull(ended))
        total++
      }
    })()
  }
  return total
}

/** The span the bookings and sessions are spread over: the same months as the calls. */
function seededSpan(volume: Volume) {
  const from = monthRange(volume.first).from
  return { from, to: from + volume.months * 30.4 * 86_400_000 }
}

// Bookings spread over the same months, each with its events (the report counts events by channel).
function seedBookings(db: Db, volume: Volume, rnd: () => number, operator: string): void {
  ensureBookingDefaults(db)
  const insertBooking = db.prepare(
    `INSERT INTO bookings (id, ref, group_id, type, date, start_min, end_min, status, name, name_key, kana, kana_key,
     birth_date, phone, proxy, channel, created_by, created_at, updated_at, version)
   VALUES (?, ?, ?, ?, ?, 540, 570, ?, '恵庭 花子', '恵庭花子', 'エニワ ハナコ', 'エニワハナコ', '1980-04-01', ?, 0, ?, ?, ?, ?, 1)`,
  )
  const insertEvent = db.prepare(
    'INSERT INTO booking_events (booking_id, at, actor_id, action, version) VALUES (?, ?, ?, ?, 1)',
  )
  const { from: seeded, to: seededTo } = seededSpan(volume)
  const channels = ['phone', 'web', 'counter'] as const
  db.transaction(() => {
    for (let i = 0; i < volume.bookings; i++) {
      const made = seeded + Math.floor(rnd() * (seededTo - seeded))
      const visit = made + Math.floor(rnd() * 20 * 86_400_000)
      const r = rnd()
      const status = r < 0.1 ? 'cancelled' : r < 0.15 ? 'no_show' : r < 0.8 ? 'attended' : 'booked'
      const id = newId()
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
}

// Pop-up sessions (実施回) with the intakes their tablets synced, about two a month.
function seedSessions(db: Db, volume: Volume, rnd: () => number): void {
  const insertSite = db.prepare('INSERT INTO sites (id, data, change_seq) VALUES (?, ?, 1)')
  const insertSession = db.prepare(
    `INSERT INTO outreach_sessions (id, site_id, date, version, data, device_id, received_at) VALUES (?, ?, ?, 1, ?, 'bench', ?)`,
  )
  const insertIntake = db.prepare(
    `INSERT INTO intakes (id, session_id, visitor_no, version, data, device_id, received_at) VALUES (?, ?, ?, 1, ?, 'bench', ?)`,
  )
  const { from: seeded, to: seededTo } = seededSpan(volume)
  const sites = ['site-a', 'site-b', 'site-c']
  db.transaction(() => {
    for (const [i, site] of sites.entries())
      insertSite.run(site, JSON.stringify({ id: site, name: `出張会場${i + 1}` }))
    const purposes = ['new_application', 'renewal', 'reissue_after_loss', 'photo_only', 'question']
    for (let i = 0; i < volume.sessions; i++) {
      const start = seeded + Math.floor(((i + rnd()) / volume.sessions) * (seededTo - seeded))
      const date = iso(start + 9 * 3_600_000).slice(0, 10)
      const id = newId()
      insertSession.run(
        id,
        sites[i % 3],
        date,
        JSON.stringify({ createdAt: iso(start), updatedAt: iso(start) }),
        iso(start),
      )
      for (let v = 1; v <= 40; v++) {
        const t = start + v * 300_000
        const data = {
          createdAt: iso(t),
          updatedAt: iso(t + 120_000),
          purpose: purposes[v % purposes.length],
        }
        insertIntake.run(newId(), id, v, JSON.stringify(data), iso(t))
      }
    }
  })()
}
