import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listAudit } from '../audit/audit'
import { book, createBody, json, NOW, person } from '../testing/booking'
import { type Client, quickClient, startTestServer, type TestServer } from '../testing/harness'

// #11.3: every answer that carries a person's data leaves an audit row naming the bookings it carried.
let server: TestServer
let operator: Client
beforeEach(async () => {
  server = await startTestServer()
  server.setNow(NOW)
  operator = quickClient(server, 'operator')
})
afterEach(() => server.close())

const rowsOf = (action: string) =>
  listAudit(server.db, { limit: 1000 })
    .filter((r) => r.action === action)
    .map((r) => ({ ...r, detail: JSON.parse(r.detail ?? '{}') }))

describe('audit of what an answer carried', () => {
  it('audits a 409 version_conflict that shows the booking as it stands, on every change', async () => {
    const [b] = await book(operator)
    await operator.request('POST', `/api/bookings/${b?.id}/cancel`, { expectedVersion: 1 })
    // The version is checked first, so attended / no-show answer 409 before the day is due.
    const paths = ['move', 'cancel', 'attended', 'no-show']
    for (const path of paths) {
      const body =
        path === 'move' ? { date: '2026-12-04', time: '09:00', expectedVersion: 1 } : { expectedVersion: 1 }
      const res = await operator.request('POST', `/api/bookings/${b?.id}/${path}`, body)
      expect(res.status).toBe(409)
      expect(await json(res)).toMatchObject({
        error: { code: 'version_conflict', details: { current: { person: {} } } },
      })
    }
    const refused = listAudit(server.db, { entity: 'booking', entityId: b?.id })
      .map((r) => ({ action: r.action, detail: JSON.parse(r.detail ?? '{}') }))
      .filter((r) => r.detail.refused)
    expect(refused.reverse()).toEqual(
      ['booking.move', 'booking.cancelled', 'booking.attended', 'booking.no_show'].map((action) => ({
        action,
        detail: { refused: 'version_conflict', ids: [b?.id] },
      })),
    )
  })

  it('audits an idempotent replay with every booking of the group it returned', async () => {
    const body = createBody({ people: [person(), person({ name: '山田 花子' })] })
    const first = await json<{ bookings: { id: string }[]; groupId: string }>(
      await operator.request('POST', '/api/bookings', body),
    )
    const again = await operator.request('POST', '/api/bookings', body)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    const [row] = rowsOf('booking.create_replayed')
    expect(row).toMatchObject({ entity_id: first.groupId, actor_role: 'operator' })
    expect(row?.detail.ids.sort()).toEqual(first.bookings.map((b) => b.id).sort())
  })

  it('audits reading one booking with the other members of its group that it returned', async () => {
    const [a, b] = await book(operator, { people: [person(), person({ name: '山田 花子' })] })
    await operator.request('GET', `/api/bookings/${a?.id}`)
    const [row] = rowsOf('booking.read')
    expect(row?.entity_id).toBe(a?.id)
    expect(row?.detail.ids.sort()).toEqual([a?.id, b?.id].sort())
  })

  it('audits search, the day list and the export with the ids of the bookings shown', async () => {
    const [a] = await book(operator, { people: [person({ phone: '09011112222' })] })
    const [b] = await book(operator, { time: '11:00' })
    await operator.request('GET', '/api/bookings/search?q=090-1111-2222')
    await operator.request('GET', '/api/bookings/day/2026-12-03')
    const supervisor = quickClient(server, 'supervisor')
    const csv = await supervisor.request('GET', '/api/bookings/export.csv?from=2026-12-01&to=2026-12-31')
    expect(csv.status).toBe(200)
    expect(rowsOf('booking.search')[0]?.detail).toMatchObject({ kind: 'phone', results: 1, ids: [a?.id] })
    expect(rowsOf('booking.day_list')[0]?.detail.ids.sort()).toEqual([a?.id, b?.id].sort())
    expect(rowsOf('booking.export')[0]?.detail.ids.sort()).toEqual([a?.id, b?.id].sort())
  })
})
