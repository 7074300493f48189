import { describe, expect, it } from 'vitest'
import { listAudit } from '../testing/audit'
import { book, json, NOW, person } from '../testing/booking'
import { useTestServer } from '../testing/use-server'

const t = useTestServer('operator', { now: NOW })

interface Callback {
  id: string
  ref: string
  time: string
  name: string
  phone: string
  outcome: string
  attempts: number
  lastCalledBy: string | null
}
interface Closure {
  id: string
  date: string
  reason: string
  callbacks: Callback[]
}
const calendarVersion = async () =>
  (await json<{ version: number }>(await t.as('supervisor').request('GET', '/api/booking/calendar'))).version

describe('a calendar change that would strand bookings', () => {
  it('names each booking with the phone to call, and the refusal is audited with their ids', async () => {
    const [a] = await book(t.client, {
      date: '2026-12-14',
      time: '09:00',
      people: [person({ name: '雪野 一花' })],
    })
    const doc = await json<{ version: number; calendar: Record<string, unknown> }>(
      await t.as('supervisor').request('GET', '/api/booking/calendar'),
    )
    const res = await t.as('supervisor').request('PUT', '/api/booking/calendar', {
      expectedVersion: doc.version,
      calendar: { ...doc.calendar, exceptions: [{ date: '2026-12-14', open: false }] },
    })
    expect(res.status).toBe(409)
    const body = await json<{
      error: { details: { bookings: { id: string; name: string; phone: string }[] } }
    }>(res)
    expect(body.error.details.bookings).toEqual([expect.objectContaining({ id: a?.id, name: '雪野 一花' })])
    expect(body.error.details.bookings[0]?.phone).toMatch(/^090\d{8}$/)
    const [row] = listAudit(t.server.db, { entity: 'counter_calendar' })
    expect(row?.action).toBe('booking_calendar.update')
    expect(JSON.parse(row?.detail ?? '{}')).toEqual({ ids: [a?.id], refused: 'calendar_strands_bookings' })
  })
})

describe('an emergency closure', () => {
  it('closes the day at once and lists its bookings to call back, which the desk marks one by one', async () => {
    const [early] = await book(t.client, { date: '2026-12-16', time: '09:00' })
    const [late] = await book(t.client, { date: '2026-12-16', time: '14:00' })
    const [cancelled] = await book(t.client, { date: '2026-12-16', time: '10:00' })
    await t.client.request('POST', `/api/bookings/${cancelled?.id}/cancel`, { expectedVersion: 1 })
    const [otherDay] = await book(t.client, { date: '2026-12-17', time: '09:00' })

    // Operators work the list but do not close the counter.
    const body = {
      date: '2026-12-16',
      reason: 'snow',
      note: '大雪のため',
      expectedVersion: await calendarVersion(),
    }
    expect((await t.client.request('POST', '/api/booking/closures', body)).status).toBe(403)
    const res = await t.as('supervisor').request('POST', '/api/booking/closures', body)
    expect(res.status).toBe(201)
    const closure = await json<Closure>(res)
    expect(closure).toMatchObject({ date: '2026-12-16', reason: 'snow' })
    expect(closure.callbacks.map((c) => c.id)).toEqual([early?.id, late?.id])
    expect(closure.callbacks[0]).toMatchObject({ time: '09:00', outcome: 'pending', attempts: 0 })
    expect(closure.callbacks.map((c) => c.id)).not.toContain(otherDay?.id)

    // The day is closed: no new booking lands on it, and the same day is not closed twice.
    const refused = await t.client.request('POST', '/api/bookings', {
      idempotencyKey: crypto.randomUUID(),
      date: '2026-12-16',
      time: '11:00',
      people: [person()],
    })
    expect(refused.status).toBe(422)
    const again = { ...body, expectedVersion: await calendarVersion() }
    expect((await t.as('supervisor').request('POST', '/api/booking/closures', again)).status).toBe(409)
    const stale = { ...body, date: '2026-12-18', expectedVersion: 0 }
    expect((await t.as('supervisor').request('POST', '/api/booking/closures', stale)).status).toBe(409)

    // The desk calls back: one not reached, then reached.
    const mark = (id: string | undefined, outcome: string) =>
      t.client.request('POST', `/api/booking/closures/${closure.id}/callbacks/${id}`, { outcome })
    expect((await mark(early?.id, 'not_reached')).status).toBe(200)
    const after = await json<Closure>(await mark(early?.id, 'reached'))
    expect(after.callbacks[0]).toMatchObject({ outcome: 'reached', attempts: 2 })
    expect(after.callbacks[0]?.lastCalledBy).toBeTruthy()
    expect((await mark(otherDay?.id, 'reached')).status).toBe(404)
    expect((await mark(early?.id, 'pending')).status).toBe(422)

    const list = await json<{ closures: Closure[] }>(await t.client.request('GET', '/api/booking/closures'))
    expect(list.closures.map((c) => c.id)).toContain(closure.id)
    const marks = listAudit(t.server.db, { entity: 'booking', entityId: early?.id }).filter(
      (r) => r.action === 'booking_callback.mark',
    )
    expect(marks).toHaveLength(2)
    const listed = listAudit(t.server.db, { entity: 'booking_closure' }).find(
      (r) => r.action === 'booking_closure.list',
    )
    expect(JSON.parse(listed?.detail ?? '{}').ids).toEqual(expect.arrayContaining([early?.id, late?.id]))
    for (const row of listAudit(t.server.db)) expect(row.detail ?? '').not.toContain('090')
  })
})
