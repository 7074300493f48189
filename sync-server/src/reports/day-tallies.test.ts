import {
  CATEGORIES,
  type MonthlyReport,
  monthRange,
  mulberry32,
  newId,
  type ReportMonth,
} from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import { ensureBookingDefaults } from '../booking/calendar-service'
import type { Db } from '../db/open'
import { callWriter, DAY, iso, keptDaysKit } from '../testing/day-tallies-kit'
import { useTestServer } from '../testing/use-server'

// The report reads kept days (report_days), copied call starts and daily booking counts (migration
// 0018). On a seeded quarter — November from the call log alone, December from both sources, January
// from the call details alone, calls dense around midnights and the month's ends — every call,
// complaint, escalation and booking section must equal the reference computed the obvious way, before
// and after late data lands, and a finalised month must stay exactly as it was frozen. (A day whose
// pairs run past its margin: day-tallies-margin.test.ts.)

const now = new Date('2027-02-05T03:00:00Z')
const t = useTestServer('supervisor', { now })
const { report, expectSameAsReference, keptDays } = keptDaysKit(t, now)
const MONTHS: ReportMonth[] = ['2026-10', '2026-11', '2026-12', '2027-01']

const second = (ms: number) => Math.floor(ms / 1000) * 1000

const CODES = CATEGORIES.slice(0, 5).map((c) => c.code)
const OUTCOMES = ['resolved', 'resolved', 'resolved', 'escalated', 'callback', 'complaint']

/** November: log only. December: both. January: call details only. Dense around midnights. */
function seedQuarter(db: Db, seed: number) {
  const rnd = mulberry32(seed)
  const w = callWriter(db, now)
  ensureBookingDefaults(db)
  db.transaction(() => {
    for (const month of ['2026-11', '2026-12', '2027-01'] as ReportMonth[]) {
      const { from, to } = monthRange(month)
      for (let i = 0; i < 700; i++) {
        const near = rnd() < 0.4
        const midnight = from + Math.floor(rnd() * ((to - from) / DAY + 1)) * DAY
        const start = second(near ? midnight + (rnd() - 0.5) * 1_200_000 : from + rnd() * (to - from))
        const line = String(1 + Math.floor(rnd() * 2))
        const answered = rnd() < 0.85 ? start + 1000 * Math.floor(2 + rnd() * 15) : null
        const talk = answered === null ? 0 : Math.floor(30 + rnd() * 700)
        const hand = answered !== null && rnd() < 0.3
        const skew = 1000 * Math.floor(rnd() < 0.08 ? 90 + rnd() * 90 : rnd() * 5)
        if (month !== '2027-01' && rnd() < 0.92) {
          const s = hand ? (answered as number) + skew : start + skew
          const primary = CODES[Math.floor(rnd() * CODES.length)] as string
          const outcome =
            answered === null ? 'dropped' : (OUTCOMES[Math.floor(rnd() * OUTCOMES.length)] as string)
          const id = w.call({
            hand,
            line: hand && rnd() < 0.5 ? null : line,
            start: s,
            answered: hand ? s : answered === null ? null : answered + skew,
            talk,
            outcome,
            categories: answered === null ? [] : rnd() < 0.2 ? [primary, 'other'] : [primary],
          })
          if (outcome === 'escalated')
            w.escalation(id, s + 600_000, rnd() < 0.7 ? s + 2 * DAY : null, iso(s + 4 * DAY).slice(0, 10))
          if (outcome === 'complaint') w.complaint(id, s + 300_000)
        }
        if (start >= monthRange('2026-12').from && rnd() < 0.9)
          w.cdr(line, start, answered, (answered ?? start) + talk * 1000)
        if (rnd() < 0.1) {
          const made = near ? midnight + (rnd() - 0.5) * 600_000 : start
          const events: [string, number][] = [['created', made]]
          if (rnd() < 0.3) events.push(['moved', made + 3_600_000])
          if (rnd() < 0.5) events.push([rnd() < 0.8 ? 'attended' : 'no_show', made + 5 * DAY])
          w.booking((['phone', 'web', 'counter'] as const)[Math.floor(rnd() * 3)] as string, events)
        }
      }
    }
  })()
  return w
}

describe('the report from kept days equals the month reconciled at once', () => {
  it('a seeded quarter, a finalised month, then late data of every kind', async () => {
    const db = t.server.db
    const w = seedQuarter(db, 20261202)
    for (const month of MONTHS) await expectSameAsReference(month)
    const dec = await expectSameAsReference('2026-12')
    expect(dec.cdr?.loggedNotInCdr).toBeGreaterThan(0)
    expect(dec.cdr?.cdrNotLogged).toBeGreaterThan(0)
    // January from the call details alone (but for December's last calls, pairing across midnight).
    const jan = await report('2027-01')
    expect(jan.cdr?.rows).toBeGreaterThan(500)
    expect(jan.cdr?.matched).toBeLessThan(10)
    expect((await report('2026-11')).cdr).toBeNull() // the call log alone
    expect(keptDays().length).toBeGreaterThanOrEqual(31 + 30 + 31)

    // December is finalised; then late data lands.
    expect(
      (await t.client.request('POST', '/api/reports/2026-12/finalise', { expectedRevision: 0 })).status,
    ).toBe(200)
    const frozenBefore = await (await t.client.request('GET', '/api/reports/2026-12/versions/1')).text()

    const dec15 = monthRange('2026-12').from + 14 * DAY
    const jan1 = monthRange('2027-01').from
    // Each kind of late write alone, each followed by a read of the months it touches: a kept day
    // that a write failed to drop shows up as a difference from the reference.
    const after = async (...months: ReportMonth[]) => {
      for (const month of months) await expectSameAsReference(month)
    }
    // A call taken by hand just before midnight; its call-detail row rang a moment earlier.
    w.call({
      hand: true,
      line: null,
      start: dec15 + DAY - 10_000,
      answered: dec15 + DAY - 10_000,
      talk: 300,
      outcome: 'resolved',
      categories: ['other'],
    })
    await after('2026-12')
    w.cdr('1', dec15 + DAY - 15_000, dec15 + DAY - 9_000, dec15 + DAY + 291_000)
    await after('2026-12')
    // A call that spans the month's end, logged and in the file, then its complaint.
    const late = w.call({
      hand: false,
      line: '2',
      start: jan1 - 60_000,
      answered: jan1 - 50_000,
      talk: 900,
      outcome: 'complaint',
      categories: [],
    })
    await after('2026-12', '2027-01')
    w.cdr('2', jan1 - 59_000, jan1 - 50_000, jan1 + 850_000)
    await after('2026-12', '2027-01')
    w.complaint(late, jan1 + 900_000)
    await after('2026-12', '2027-01')
    const escalated = w.call({
      hand: false,
      line: '1',
      start: dec15 + 3_600_000,
      answered: dec15 + 3_605_000,
      talk: 60,
      outcome: 'escalated',
      categories: ['documents'],
    })
    w.escalation(escalated, dec15 + 3_700_000, null, '2026-12-18')
    await after('2026-12')
    // Logged calls changed afterwards: an outcome, a talk time, a category added, one removed.
    const callbacks = db
      .prepare(
        `SELECT id FROM calls WHERE started_at >= ? AND outcome = 'callback' ORDER BY started_at LIMIT 4`,
      )
      .pluck()
      .all(iso(dec15)) as string[]
    db.prepare(`UPDATE calls SET outcome = 'resolved', version = version + 1 WHERE id = ?`).run(callbacks[0])
    await after('2026-12')
    db.prepare('UPDATE calls SET talk_seconds = talk_seconds + 7, version = version + 1 WHERE id = ?').run(
      callbacks[1],
    )
    await after('2026-12')
    db.prepare('INSERT INTO call_categories (call_id, category, is_primary) VALUES (?, ?, 0)').run(
      callbacks[2],
      'deadlines',
    )
    await after('2026-12')
    db.prepare('DELETE FROM call_categories WHERE call_id = ?').run(callbacks[3])
    await after('2026-12')
    // November's call details arrive: the month is reconciled with them from now on.
    w.cdr('1', monthRange('2026-11').from + 3 * DAY, null, monthRange('2026-11').from + 3 * DAY + 20_000)
    await after('2026-11')
    // A booking made at 23:59 on the 31st and attended in January.
    w.booking('web', [
      ['created', jan1 - 30_000],
      ['attended', jan1 + 9 * DAY],
    ])
    await after('2026-12', '2027-01')
    // A hand call whose answer was recorded two days after its start, next to a January row.
    w.cdr('1', jan1 + 12 * DAY, jan1 + 12 * DAY + 5_000, jan1 + 12 * DAY + 100_000)
    await after('2027-01')
    db.prepare(
      `INSERT INTO calls (id, status, source, line, ringing_at, answered_at, ended_at, talk_seconds, outcome, started_at)
       VALUES (?, 'closed', 'hand', NULL, NULL, ?, ?, 95, 'resolved', ?)`,
    ).run(newId(), iso(jan1 + 12 * DAY + 10_000), iso(jan1 + 12 * DAY + 105_000), iso(jan1 + 10 * DAY))
    await after('2027-01')

    expect((await report('2026-11')).cdr?.rows).toBe(1)
    // What is kept after the late data is what a clean computation keeps.
    const kept = keptDays()
    db.exec('DELETE FROM report_days')
    for (const month of MONTHS) await expectSameAsReference(month)
    expect(keptDays()).toEqual(kept)
    // The finalised December is exactly as frozen; the live one moved.
    expect(await (await t.client.request('GET', '/api/reports/2026-12/versions/1')).text()).toBe(frozenBefore)
    const frozen = JSON.parse(frozenBefore) as MonthlyReport
    const live = await report('2026-12')
    expect(live.calls.incoming).toBeGreaterThan(frozen.calls.incoming)
    expect(live.complaints.length).toBe(frozen.complaints.length + 1)
  }, 120_000)
})
