import { describe, expect, it } from 'vitest'
import { quickClient, startTestServer } from '../testing/harness'
import { seedDemoBookings } from './demo-bookings'

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
})
