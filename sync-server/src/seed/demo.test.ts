import { describe, expect, it } from 'vitest'
import { quickClient, startTestServer } from '../testing/harness'
import { seedDemoBookings } from './demo-bookings'
import { seedDemoCalls } from './demo-calls'

describe('demo data', () => {
  it('seeds staff for every role and bookings an operator can find by phone and kana', async () => {
    const server = await startTestServer()
    try {
      const roles = server.db.prepare('SELECT role FROM staff ORDER BY role').pluck().all()
      expect(roles).toEqual(['admin', 'city', 'operator', 'outreach', 'supervisor'])
      expect(await seedDemoBookings(server.deps)).toBe(4)
      const operator = quickClient(server, 'operator')
      const byPhone = await operator.request('GET', '/api/bookings/search?q=090-0000-0001')
      const found = (await byPhone.json()) as { bookings: { person: { kana: string }; status: string }[] }
      expect(found.bookings).toHaveLength(1)
      expect(found.bookings[0]).toMatchObject({ status: 'booked', person: { kana: 'エニワ ハナコ' } })
      const byKana = await operator.request('GET', `/api/bookings/search?q=${encodeURIComponent('しままつ')}`)
      expect(((await byKana.json()) as { bookings: unknown[] }).bookings).toHaveLength(1)
    } finally {
      server.close()
    }
  })

  it('seeds three months of invented calls the call log and the live view read', async () => {
    const server = await startTestServer()
    try {
      const made = seedDemoCalls(server.db, server.deps.now())
      expect(made).toBeGreaterThan(80 * 30)
      const mix = server.db.prepare('SELECT outcome, count(*) AS n FROM calls GROUP BY outcome').all() as {
        outcome: string
        n: number
      }[]
      expect(mix.map((m) => m.outcome).sort()).toEqual([
        'callback',
        'complaint',
        'dropped',
        'escalated',
        'resolved',
      ])
      const hours = server.db.prepare('SELECT started_at FROM calls').pluck().all() as string[]
      // 9:00–19:00 Tokyo: 00:00–10:00 UTC.
      expect(hours.every((h) => Number(h.slice(11, 13)) < 10)).toBe(true)
      const list = await quickClient(server, 'supervisor').request('GET', '/api/calls?limit=5')
      expect(((await list.json()) as { calls: unknown[] }).calls).toHaveLength(5)
    } finally {
      server.close()
    }
  })
})
