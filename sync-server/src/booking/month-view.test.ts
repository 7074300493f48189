import { fromTokyo, type MonthView } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import { book, json, NOW, person } from '../testing/booking'
import { useTestServer } from '../testing/use-server'
import { monthView } from './availability'

// The month view is served from a kept answer (availability.ts, monthViewJson). These tests prove it
// is never stale: after each kind of write, and after a hold runs out by time alone, the answer
// served equals the month computed afresh from the database at that moment.

const t = useTestServer('operator', { now: NOW })
const MONTH = '2026-12'

async function served(): Promise<MonthView> {
  const res = await t.client.request('GET', `/api/booking/month?month=${MONTH}`)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toMatch(/^application\/json/)
  return json<MonthView>(res)
}

/** Served twice (the second from the kept answer when nothing changed), both equal to a fresh computation. */
async function expectFresh(): Promise<MonthView> {
  const first = await served()
  expect(first).toEqual(monthView(t.server.deps, MONTH))
  expect(await served()).toEqual(first)
  return first
}

const slot = (view: MonthView, date: string, time: string) =>
  view.days.find((d) => d.date === date)?.slots.find((s) => s.time === time)

const post = (path: string, body: unknown) => t.client.request('POST', path, body)

describe('the month view served from its kept answer', () => {
  it('follows create, move, cancel, attended and no-show', async () => {
    await expectFresh()
    const [a, b] = await book(t.client, { people: [person(), person()] })
    expect(slot(await expectFresh(), '2026-12-03', '10:00')).toMatchObject({ booked: 2, remaining: 0 })

    expect(
      (await post(`/api/bookings/${a?.id}/move`, { date: '2026-12-04', time: '09:00', expectedVersion: 1 }))
        .status,
    ).toBe(200)
    const moved = await expectFresh()
    expect(slot(moved, '2026-12-03', '10:00')).toMatchObject({ booked: 1 })
    expect(slot(moved, '2026-12-04', '09:00')).toMatchObject({ booked: 1 })

    expect((await post(`/api/bookings/${a?.id}/cancel`, { expectedVersion: 2 })).status).toBe(200)
    expect(slot(await expectFresh(), '2026-12-04', '09:00')).toMatchObject({ booked: 0 })

    const [c] = await book(t.client, { time: '10:15' })
    await expectFresh()
    t.server.setNow(new Date(fromTokyo('2026-12-03', '10:20')))
    t.fresh()
    await expectFresh()
    expect((await post(`/api/bookings/${b?.id}/attended`, { expectedVersion: 1 })).status).toBe(200)
    await expectFresh()
    expect((await post(`/api/bookings/${c?.id}/no-show`, { expectedVersion: 1 })).status).toBe(200)
    expect(slot(await expectFresh(), '2026-12-03', '10:15')).toMatchObject({ booked: 0 })
  })

  it('follows a hold taken, released, and one that runs out by time with no write', async () => {
    await expectFresh()
    const taken = await post('/api/booking/holds', {
      type: 'other',
      date: '2026-12-03',
      time: '11:00',
      people: 2,
    })
    expect(taken.status).toBe(201)
    const hold = await json<{ id: string }>(taken)
    expect(slot(await expectFresh(), '2026-12-03', '11:00')).toMatchObject({ held: 2, remaining: 0 })
    expect((await t.client.request('DELETE', `/api/booking/holds/${hold.id}`)).status).toBe(204)
    expect(slot(await expectFresh(), '2026-12-03', '11:00')).toMatchObject({ held: 0 })

    expect(
      (await post('/api/booking/holds', { type: 'other', date: '2026-12-03', time: '11:30', people: 1 }))
        .status,
    ).toBe(201)
    expect(slot(await expectFresh(), '2026-12-03', '11:30')).toMatchObject({ held: 1 })
    // holdMinutes is 5: a moment before, the hold still counts; a moment after, it does not.
    t.server.setNow(new Date(NOW.getTime() + 5 * 60_000 - 1))
    expect(slot(await expectFresh(), '2026-12-03', '11:30')).toMatchObject({ held: 1 })
    t.server.setNow(new Date(NOW.getTime() + 5 * 60_000 + 1))
    expect(slot(await expectFresh(), '2026-12-03', '11:30')).toMatchObject({ held: 0 })
    // A clock set back before the answer was computed does not reuse it either.
    t.server.setNow(NOW)
    expect(slot(await expectFresh(), '2026-12-03', '11:30')).toMatchObject({ held: 1 })
  })

  it('follows a calendar change and a write made outside the services', async () => {
    await expectFresh()
    const supervisor = t.as('supervisor')
    const doc = await json<{ version: number; calendar: { periods: Record<string, unknown>[] } }>(
      await supervisor.request('GET', '/api/booking/calendar'),
    )
    const put = await supervisor.request('PUT', '/api/booking/calendar', {
      expectedVersion: doc.version,
      calendar: { ...doc.calendar, periods: doc.calendar.periods.map((p) => ({ ...p, capacity: 3 })) },
    })
    expect(put.status).toBe(200)
    expect(slot(await expectFresh(), '2026-12-03', '10:00')).toMatchObject({ capacity: 3, remaining: 3 })

    // Another process (or a repair by hand) writing the table directly: the triggers still count it.
    const [b] = await book(t.client)
    await expectFresh()
    t.server.db
      .prepare('UPDATE bookings SET start_min = start_min + 60, end_min = end_min + 60 WHERE id = ?')
      .run(b?.id)
    expect(slot(await expectFresh(), '2026-12-03', '11:00')).toMatchObject({ booked: 1 })
    t.server.db.prepare('DELETE FROM booking_events WHERE booking_id = ?').run(b?.id)
    t.server.db.prepare('DELETE FROM bookings WHERE id = ?').run(b?.id)
    expect(slot(await expectFresh(), '2026-12-03', '11:00')).toMatchObject({ booked: 0 })
  })
})
