import { formatRef, fromTokyo } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import { listAudit } from '../testing/audit'
import { book, createBody, json, NOW, person } from '../testing/booking'
import { quickClient } from '../testing/harness'
import { useTestServer } from '../testing/use-server'

const t = useTestServer('operator', { now: NOW })

const post = (path: string, body: unknown) => t.client.request('POST', path, body)

describe('changing a booking', () => {
  it('moves atomically, raises the version and keeps the history', async () => {
    const [b] = await book(t.client)
    const moved = await post(`/api/bookings/${b?.id}/move`, {
      date: '2026-12-04',
      time: '09:00',
      expectedVersion: 1,
    })
    expect(moved.status).toBe(200)
    expect(await json(moved)).toMatchObject({ date: '2026-12-04', time: '09:00', version: 2 })
    const stale = await post(`/api/bookings/${b?.id}/move`, {
      date: '2026-12-04',
      time: '09:15',
      expectedVersion: 1,
    })
    expect(stale.status).toBe(409)
    expect(await json(stale)).toMatchObject({
      error: { code: 'version_conflict', details: { current: { version: 2 } } },
    })

    const detail = await json<{
      events: { action: string; actorName: string; detail?: Record<string, string> }[]
    }>(await t.client.request('GET', `/api/bookings/${b?.id}`))
    expect(detail.events.map((e) => e.action)).toEqual(['created', 'moved'])
    expect(detail.events[1]).toMatchObject({
      actorName: '受付 太郎',
      detail: { from: '2026-12-03 10:00', to: '2026-12-04 09:00' },
    })
  })

  it('frees the old place and refuses a full new one, leaving the booking where it was', async () => {
    const [a] = await book(t.client, { time: '09:00' })
    await book(t.client, { time: '09:30' })
    await book(t.client, { time: '09:30' })
    const full = await post(`/api/bookings/${a?.id}/move`, {
      date: '2026-12-03',
      time: '09:30',
      expectedVersion: 1,
    })
    expect(full.status).toBe(409)
    expect(await json(full)).toMatchObject({ error: { code: 'slot_full' } })
    // A move within its own slot's overlap does not count itself.
    const [long] = await book(t.client, { time: '11:00', people: [person({ type: 'renewal' })] })
    await book(t.client, { time: '11:15' })
    const shift = await post(`/api/bookings/${long?.id}/move`, {
      date: '2026-12-03',
      time: '11:15',
      expectedVersion: 1,
    })
    expect(shift.status).toBe(200)
    // Moved for real, the 09:00 place is free: it can be booked twice again.
    const away = await post(`/api/bookings/${a?.id}/move`, {
      date: '2026-12-03',
      time: '09:45',
      expectedVersion: 1,
    })
    expect(away.status).toBe(200)
    await book(t.client, { time: '09:00' })
    await book(t.client, { time: '09:00' })
  })

  it('cancels, marks attended or no-show once, each an event', async () => {
    const [a, b, c] = await book(t.client, { people: [person(), person()] }).then(async (two) => [
      ...two,
      ...(await book(t.client, { time: '10:15' })),
    ])
    const cancel = await post(`/api/bookings/${a?.id}/cancel`, {
      expectedVersion: 1,
      reason: '都合がつかない',
    })
    expect(await json(cancel)).toMatchObject({ status: 'cancelled', version: 2 })
    // Two days before the visit, attendance cannot be recorded yet.
    const early = await post(`/api/bookings/${b?.id}/attended`, { expectedVersion: 1 })
    expect(early.status).toBe(409)
    expect(await json(early)).toMatchObject({
      error: { code: 'attendance_not_due', details: { date: '2026-12-03' } },
    })
    // On the day: attended from the morning; no-show for 10:15 only once 10:15 has passed.
    t.server.setNow(new Date(fromTokyo('2026-12-03', '10:05')))
    t.fresh() // the counter's morning shift
    expect(await json(await post(`/api/bookings/${b?.id}/attended`, { expectedVersion: 1 }))).toMatchObject({
      status: 'attended',
    })
    expect((await post(`/api/bookings/${c?.id}/no-show`, { expectedVersion: 1 })).status).toBe(409)
    t.server.setNow(new Date(fromTokyo('2026-12-03', '10:20')))
    expect(await json(await post(`/api/bookings/${c?.id}/no-show`, { expectedVersion: 1 }))).toMatchObject({
      status: 'no_show',
    })
    t.server.setNow(NOW)
    t.fresh()
    const again = await post(`/api/bookings/${a?.id}/cancel`, { expectedVersion: 2 })
    expect(again.status).toBe(409)
    expect(await json(again)).toMatchObject({ error: { code: 'booking_not_live' } })
    const move = await post(`/api/bookings/${a?.id}/move`, {
      date: '2026-12-04',
      time: '09:00',
      expectedVersion: 2,
    })
    expect(move.status).toBe(409)
    // The cancelled place is free again: 10:00 had two, one is cancelled, one attended.
    await book(t.client)
  })
})

describe('finding bookings', () => {
  it('recognises a reference, a phone number, kana and a birth date, and audits without the query', async () => {
    const [b] = await book(t.client, {
      people: [
        person({ name: '恵庭 花子', kana: 'エニワ ハナコ', phone: '09012345678', birthDate: '1980-04-01' }),
      ],
    })
    await book(t.client, { people: [person({ kana: 'サトウ イチロウ' })] })
    const find = async (q: string) =>
      json<{ recognised: { kind: string }; bookings: { id: string }[] }>(
        await t.client.request('GET', `/api/bookings/search?q=${encodeURIComponent(q)}`),
      )
    for (const [q, kind] of [
      [formatRef(b?.ref as string).toLowerCase(), 'ref'],
      ['０９０－１２３４－５６７８', 'phone'],
      ['えにわ', 'kana'],
      ['ｴﾆﾜ ﾊﾅｺ', 'kana'],
      ['S55.4.1', 'birth_date'],
      ['恵庭', 'name'],
    ] as const) {
      const found = await find(q)
      expect(found.recognised.kind, q).toBe(kind)
      expect(
        found.bookings.map((x) => x.id),
        q,
      ).toContain(b?.id)
    }
    expect((await find('えにわ')).bookings).toHaveLength(1)
    const audit = listAudit(t.server.db, { entity: 'booking' }).filter((r) => r.action === 'booking.search')
    expect(audit).toHaveLength(7)
    expect(JSON.stringify(audit)).not.toMatch(/1234|エニワ|えにわ|恵庭|1980/)
  })

  it('audits every read of a booking and never logs a name or a phone number', async () => {
    const [b] = await book(t.client, { people: [person({ name: '記録 されない', phone: '08099998888' })] })
    await t.client.request('GET', `/api/bookings/${b?.id}`)
    await t.client.request('GET', `/api/bookings/search?q=08099998888`)
    const reads = listAudit(t.server.db, { entity: 'booking', entityId: b?.id })
    expect(reads.map((r) => r.action)).toEqual(['booking.read', 'booking.create'])
    const logs = t.server.logLines.join('\n')
    expect(logs).toContain('/api/bookings/:id')
    expect(logs).not.toMatch(/記録|08099998888|ヤマダ/)
  })

  it("lists a day's bookings in time order for the counter", async () => {
    await book(t.client, { time: '11:00' })
    await book(t.client, { time: '09:00', people: [person(), person()] })
    await book(t.client, { date: '2026-12-04' })
    const city = quickClient(t.server, 'city')
    const day = await json<{ bookings: { time: string }[] }>(
      await city.request('GET', '/api/bookings/day/2026-12-03'),
    )
    expect(day.bookings.map((b) => b.time)).toEqual(['09:00', '09:00', '11:00'])
    expect((await t.client.request('GET', '/api/bookings/day/2026-13-01')).status).toBe(422)
  })

  it('keeps outreach staff away from bookings', async () => {
    const outreach = quickClient(t.server, 'outreach')
    expect((await outreach.request('GET', '/api/bookings/search?q=abc')).status).toBe(403)
    expect((await outreach.request('POST', '/api/bookings', createBody())).status).toBe(403)
  })
})
