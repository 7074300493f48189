import { type MonthSoFar, newId, type TodayDashboard, type WeekTrend } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import { insertBooking, seedFixture } from '../testing/reports-fixture'
import { useTestServer } from '../testing/use-server'

// The supervisor's panel on a real SQLite file, on the hand-computed December 2026
// (testing/reports-fixture.ts): today so far, the weekly trends, the month so far against the previous.

const t = useTestServer('supervisor', { now: new Date('2027-01-05T03:00:00Z') })

describe('the supervisor’s panel', () => {
  it('today so far: calls, answer rate over the calls that rang, escalations and complaints open', async () => {
    seedFixture(t.server.db)
    t.server.setNow(new Date('2026-12-02T03:00:00Z')) // 12:00 on 2 Dec in Tokyo: L5 rang, unanswered
    const res = await t.fresh().request('GET', '/api/reports/today')
    const d = (await res.json()) as TodayDashboard
    expect(d).toMatchObject({
      date: '2026-12-02',
      calls: 1,
      answered: 0,
      rang: 1,
      answerRate: 0,
      openComplaints: 1,
      openEscalations: 0,
    })
    expect((await t.as('operator').request('GET', '/api/reports/today')).status).toBe(403)
    // The four weeks before today: November's call on Monday 30 Nov at 12, L1 and L2 on Tuesday 1 Dec
    // at 9 and 10 (Tokyo); today's L5 is not in it.
    expect(d.heatmap[1]?.[12]).toBe(1)
    expect(d.heatmap[2]?.[9]).toBe(1)
    expect(d.heatmap[2]?.[10]).toBe(1)
    expect(d.heatmap.flat().reduce((a, b) => a + b, 0)).toBe(3)
  })
})

describe('the weekly trends', () => {
  it('twelve Monday-start weeks on Tokyo dates: a week across the month end, weeks with no calls', async () => {
    seedFixture(t.server.db) // now: Tuesday 5 Jan 2027, 12:00 in Tokyo
    // Two calls an hour apart around Tokyo's Monday midnight: Sunday 3 Jan 23:30 and Monday 4 Jan
    // 00:30 in Tokyo, both Sunday 3 Jan in UTC. They fall in different weeks.
    const operator = t.server.db.prepare(`SELECT id FROM staff WHERE role = 'operator'`).pluck().get()
    const insert = t.server.db.prepare(
      `INSERT INTO calls (id, status, source, operator_id, ringing_at, answered_at, ended_at, talk_seconds, outcome, started_at, closed_at)
       VALUES (?, 'closed', 'cti', ?, ?, ?, ?, 30, ?, ?, ?)`,
    )
    const sunday = '2027-01-03T14:30:00.000Z'
    const monday = '2027-01-03T15:30:00.000Z'
    insert.run(newId(), operator, sunday, sunday, sunday, 'resolved', sunday, sunday)
    insert.run(newId(), operator, monday, null, monday, 'dropped', monday, monday)
    const res = await t.client.request('GET', '/api/reports/trends')
    expect(res.status).toBe(200)
    const { today, weeks } = (await res.json()) as { today: string; weeks: WeekTrend[] }
    expect(today).toBe('2027-01-05')
    expect(weeks).toHaveLength(12)
    expect(weeks[0]?.from).toBe('2026-10-19')
    const week = (from: string) => {
      const w = weeks.find((x) => x.from === from)
      return (
        w && {
          calls: w.calls,
          answered: w.answered,
          resolved: w.resolved,
          rang: w.rang,
          rate: w.answerRate,
          fcr: w.firstContactResolution,
          current: w.current,
        }
      )
    }
    // 30 Nov – 6 Dec: November's call on Monday 30 Nov, L1 and L2 on 1 Dec, L5 (unanswered) on 2 Dec.
    expect(week('2026-11-30')).toEqual({
      calls: 4,
      answered: 3,
      resolved: 2,
      rang: 4,
      rate: 0.75,
      fcr: 2 / 3,
      current: false,
    })
    expect(weeks.find((w) => w.from === '2026-11-30')?.categories).toMatchObject({
      deadlines: 1,
      booking_new: 1,
      documents: 1,
      other: 0,
    })
    // 14–20 Dec: L3, taken by hand (never rang): resolved, no answer rate.
    expect(week('2026-12-14')).toEqual({
      calls: 1,
      answered: 1,
      resolved: 1,
      rang: 0,
      rate: null,
      fcr: 1,
      current: false,
    })
    // 28 Dec – 3 Jan: L4 (a complaint) and Sunday 23:30's resolved call.
    expect(week('2026-12-28')).toEqual({
      calls: 2,
      answered: 2,
      resolved: 1,
      rang: 2,
      rate: 1,
      fcr: 0.5,
      current: false,
    })
    // This week so far: Monday 00:30's call, rang and not answered.
    expect(week('2027-01-04')).toEqual({
      calls: 1,
      answered: 0,
      resolved: 0,
      rang: 1,
      rate: 0,
      fcr: null,
      current: true,
    })
    expect(week('2026-12-07')).toEqual({
      calls: 0,
      answered: 0,
      resolved: 0,
      rang: 0,
      rate: null,
      fcr: null,
      current: false,
    })
    expect(weeks.reduce((n, w) => n + w.calls, 0)).toBe(8)
    expect((await t.as('operator').request('GET', '/api/reports/trends')).status).toBe(403)
  })
})

describe('the month so far against the previous month', () => {
  it('day 1 to today against day 1 to the same day of the previous month; a short previous month runs whole', async () => {
    const db = t.server.db
    seedFixture(db)
    // Two bookings, their events on Tokyo days: one made on the web on 30 Nov and attended on 3 Dec;
    // one made by phone at 00:10 on 1 Dec in Tokyo, which is still 30 Nov in UTC.
    const booking = (channel: string, events: [string, string][]) => insertBooking(db, channel, events)
    booking('web', [
      ['created', '2026-11-30T01:00:00.000Z'],
      ['attended', '2026-12-03T01:00:00.000Z'],
    ])
    booking('phone', [['created', '2026-11-30T15:10:00.000Z']])

    // 31 Dec at 23:59:30 in Tokyo: December so far is 1–31; November has 30 days, so its span is the
    // whole month (short). December, by hand from the fixture: L1–L5 are 5 calls, 4 answered (not L5),
    // 2 resolved (L1, L3); 4 rang (L1, L2, L4, L5), 3 of them answered; talk (100 + 200 + 400 + 600) ÷ 4
    // = 325 s; L4's complaint. November: its one call on the 30th, rang, answered, resolved, 50 s.
    t.server.setNow(new Date('2026-12-31T14:59:30Z'))
    const res = await t.fresh().request('GET', '/api/reports/month-so-far')
    expect(res.status).toBe(200)
    const d = (await res.json()) as MonthSoFar
    expect(d.today).toBe('2026-12-31')
    expect(d.current).toEqual({
      month: '2026-12',
      from: '2026-12-01',
      to: '2026-12-31',
      figures: {
        calls: 5,
        answered: 4,
        resolved: 2,
        rang: 4,
        answerRate: 0.75,
        firstContactResolution: 0.5,
        averageTalkSeconds: 325,
        complaints: 1,
        bookingsMade: 1,
        bookingsAttended: 1,
      },
    })
    expect(d.previous).toEqual({
      month: '2026-11',
      from: '2026-11-01',
      to: '2026-11-30',
      short: true,
      figures: {
        calls: 1,
        answered: 1,
        resolved: 1,
        rang: 1,
        answerRate: 1,
        firstContactResolution: 1,
        averageTalkSeconds: 50,
        complaints: 0,
        bookingsMade: 1,
        bookingsAttended: 0,
      },
    })

    // 5 Jan 2027: January so far has no calls (every rate —); December 1–5 is L1, L2 and L5: 3 calls,
    // all rang, 2 answered, 1 resolved, talk (100 + 200) ÷ 2 = 150 s; the phone booking and the attendance.
    t.server.setNow(new Date('2027-01-05T03:00:00Z'))
    const jan = (await (await t.fresh().request('GET', '/api/reports/month-so-far')).json()) as MonthSoFar
    expect(jan.current).toMatchObject({ month: '2027-01', from: '2027-01-01', to: '2027-01-05' })
    expect(jan.current.figures).toMatchObject({
      calls: 0,
      answerRate: null,
      firstContactResolution: null,
      averageTalkSeconds: null,
    })
    expect(jan.previous).toMatchObject({
      month: '2026-12',
      from: '2026-12-01',
      to: '2026-12-05',
      short: false,
    })
    expect(jan.previous.figures).toEqual({
      calls: 3,
      answered: 2,
      resolved: 1,
      rang: 3,
      answerRate: 2 / 3,
      firstContactResolution: 0.5,
      averageTalkSeconds: 150,
      complaints: 0,
      bookingsMade: 1,
      bookingsAttended: 1,
    })
    expect((await t.as('operator').request('GET', '/api/reports/month-so-far')).status).toBe(403)
    expect((await t.as('city').request('GET', '/api/reports/month-so-far')).status).toBe(403)
  })
})
