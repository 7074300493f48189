import { isValidRef } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import { listAudit } from '../testing/audit'
import { anotherStaff, book, createBody, json, NOW, person } from '../testing/booking'
import { quickClient } from '../testing/harness'
import { useTestServer } from '../testing/use-server'

const t = useTestServer('operator', { now: NOW })

const count = (sql: string, ...args: unknown[]) =>
  t.server.db
    .prepare(sql)
    .pluck()
    .get(...args) as number

describe('creating a booking', () => {
  it('books one person with a valid reference, an event and an audit row', async () => {
    const res = await t.client.request('POST', '/api/bookings', createBody())
    expect(res.status).toBe(201)
    const body = await json<{ groupId: string; bookings: Record<string, unknown>[] }>(res)
    const [b] = body.bookings
    expect(b).toMatchObject({
      date: '2026-12-03',
      time: '10:00',
      endTime: '10:15',
      status: 'booked',
      version: 1,
      channel: 'phone',
      groupId: body.groupId,
      createdByName: '受付 太郎',
    })
    expect(isValidRef(b?.ref as string)).toBe(true)
    expect(count('SELECT count(*) FROM booking_events WHERE booking_id = ?', b?.id)).toBe(1)
    expect(listAudit(t.server.db, { entity: 'booking' }).map((r) => r.action)).toContain('booking.create')
  })

  it('takes L consecutive slots for a type of length L', async () => {
    const [b] = await book(t.client, { people: [person({ type: 'renewal' })] })
    expect(b).toMatchObject({ time: '10:00', endTime: '10:30' })
  })

  it('answers a retried request with the same booking, and refuses the key with another body', async () => {
    const body = createBody()
    const first = await t.client.request('POST', '/api/bookings', body)
    const again = await t.client.request('POST', '/api/bookings', body)
    expect(again.status).toBe(201)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(await json(again)).toEqual(await json(first))
    expect(count('SELECT count(*) FROM bookings')).toBe(1)
    const other = await t.client.request('POST', '/api/bookings', { ...body, time: '10:15' })
    expect(other.status).toBe(422)
    expect(await json(other)).toMatchObject({ error: { code: 'idempotency_key_reused' } })
  })

  it('counts a long booking that began slots earlier, also after its type was shortened', async () => {
    const supervisor = quickClient(t.server, 'supervisor')
    const setType = (slots: number) =>
      supervisor.request('PUT', '/api/booking/types/other', { slots }).then((r) => expect(r.status).toBe(200))
    await setType(4)
    // Two long bookings from 10:00 fill 10:00-11:00 (capacity 2).
    await book(t.client, {
      people: [
        person({ type: 'other' }),
        person({ type: 'other', name: '試験 次郎', kana: 'シケン ジロウ' }),
      ],
    })
    await setType(1)
    // Type lengths now say one slot, yet 10:45 is still taken by bookings that began at 10:00.
    const res = await t.client.request(
      'POST',
      '/api/bookings',
      createBody({ time: '10:45', people: [person({ type: 'other' })] }),
    )
    expect(res.status).toBe(409)
    expect(await json(res)).toMatchObject({ error: { code: 'slot_full' } })
    expect((await t.client.request('POST', '/api/bookings', createBody({ time: '11:00' }))).status).toBe(201)
  })

  it('refuses a full slot with 409 slot_full and the next free slots', async () => {
    await book(t.client)
    await book(t.client)
    const res = await t.client.request('POST', '/api/bookings', createBody())
    expect(res.status).toBe(409)
    const body = await json<{
      error: { code: string; details: { nextFree: { date: string; time: string }[] } }
    }>(res)
    expect(body.error.code).toBe('slot_full')
    expect(body.error.details.nextFree[0]).toMatchObject({ date: '2026-12-03', time: '08:45', remaining: 2 })
    expect(body.error.details.nextFree.map((s) => s.time)).not.toContain('10:00')
  })

  it('books a family all or none', async () => {
    const three = createBody({ people: [person(), person(), person()] })
    expect((await t.client.request('POST', '/api/bookings', three)).status).toBe(409)
    expect(count('SELECT count(*) FROM bookings')).toBe(0)
    const two = await book(t.client, { people: [person(), person({ proxy: true })] })
    expect(two).toHaveLength(2)
    expect(two[0]?.groupId).toBe(two[1]?.groupId)
    expect(two[0]?.ref).not.toBe(two[1]?.ref)
  })

  it('keeps the booking window unless a supervisor overrides it', async () => {
    const tooSoon = await t.client.request(
      'POST',
      '/api/bookings',
      createBody({ date: '2026-12-01', time: '15:00' }),
    )
    expect(tooSoon.status).toBe(422)
    expect(await json(tooSoon)).toMatchObject({ error: { code: 'outside_window' } })
    const far = createBody({ date: '2027-02-02', overrideWindow: true })
    expect((await t.client.request('POST', '/api/bookings', far)).status).toBe(403)
    const supervisor = quickClient(t.server, 'supervisor')
    expect((await supervisor.request('POST', '/api/bookings', far)).status).toBe(201)
    const closed = await t.client.request('POST', '/api/bookings', createBody({ date: '2026-12-05' }))
    expect(await json(closed)).toMatchObject({
      error: { code: 'slot_not_bookable', details: { reason: 'closed' } },
    })
  })

  it('validates the people: kana folded from hiragana, phone digits from hyphens, no individual number', async () => {
    const [b] = await book(t.client, {
      people: [person({ kana: 'やまだ はなこ', phone: '０９０-１１１１-２２２２' })],
    })
    const detail = await json<{ booking: { person: { kana: string; phone: string } } }>(
      await t.client.request('GET', `/api/bookings/${b?.id}`),
    )
    expect(detail.booking.person).toMatchObject({ kana: 'ヤマダ ハナコ', phone: '09011112222' })
    const bad = await t.client.request(
      'POST',
      '/api/bookings',
      createBody({ people: [person({ name: '123456789018' })] }),
    )
    expect(bad.status).toBe(422)
  })
})

describe('holds (仮押さえ)', () => {
  it('count against capacity, turn into the booking, and expire by themselves', async () => {
    const hold = await json<{ id: string; expiresAt: string }>(
      await t.client.request('POST', '/api/booking/holds', {
        type: 'certificate_renewal',
        date: '2026-12-03',
        time: '10:00',
        people: 2,
      }),
    )
    expect(hold.expiresAt).toBe(new Date(NOW.getTime() + 5 * 60_000).toISOString())
    const other = quickClient(t.server, 'supervisor')
    expect((await other.request('POST', '/api/bookings', createBody())).status).toBe(409)
    // The holder books with the hold: its places are used, not counted twice.
    await book(t.client, { holdId: hold.id, people: [person(), person()] })
    expect(count('SELECT count(*) FROM slot_holds')).toBe(0)

    const second = await json<{ id: string }>(
      await t.client.request('POST', '/api/booking/holds', {
        type: 'certificate_renewal',
        date: '2026-12-03',
        time: '10:15',
      }),
    )
    expect(second.id).toBeTruthy()
    const full = await other.request(
      'POST',
      '/api/bookings',
      createBody({ time: '10:15', people: [person(), person()] }),
    )
    expect(full.status).toBe(409)
    t.server.setNow(new Date(NOW.getTime() + 5 * 60_000 + 1))
    expect(
      (
        await other.request(
          'POST',
          '/api/bookings',
          createBody({ time: '10:15', people: [person(), person()] }),
        )
      ).status,
    ).toBe(201)
  })

  it('survive a booking that fails: the hold comes back with the rollback', async () => {
    const hold = await json<{ id: string }>(
      await t.client.request('POST', '/api/booking/holds', {
        type: 'other',
        date: '2026-12-03',
        time: '10:00',
      }),
    )
    await book(quickClient(t.server, 'supervisor'))
    // Two people need both places; with the hold released only one is free.
    const res = await t.client.request(
      'POST',
      '/api/bookings',
      createBody({ holdId: hold.id, people: [person(), person()] }),
    )
    expect(res.status).toBe(409)
    expect(t.server.db.prepare('SELECT id FROM slot_holds').pluck().all()).toEqual([hold.id])
    await book(t.client, { holdId: hold.id })
  })

  it('are released by their owner, replaced in one step, and not by another operator', async () => {
    const hold = (time: string, extra = {}) =>
      t.client.request('POST', '/api/booking/holds', { type: 'other', date: '2026-12-03', time, ...extra })
    const a = await json<{ id: string }>(await hold('09:00'))
    const b = await json<{ id: string }>(await hold('09:15', { replaces: a.id }))
    expect(t.server.db.prepare('SELECT id FROM slot_holds').pluck().all()).toEqual([b.id])
    const otherOperator = anotherStaff(t.server, 'operator')
    expect((await otherOperator.request('DELETE', `/api/booking/holds/${b.id}`)).status).toBe(404)
    expect((await t.client.request('DELETE', `/api/booking/holds/${b.id}`)).status).toBe(204)
    expect((await t.client.request('DELETE', `/api/booking/holds/${b.id}`)).status).toBe(404)
  })
})
