import { describe, expect, it } from 'vitest'
import { runSoak } from './soak'

// The soak in short, for `npm test`: a minute of the same mixed load, checking what a minute can show
// (no 5xx, every request answered, every acknowledged write kept). Growth needs a long run to judge:
// `npm run test:soak` (10 minutes by default) fits the slopes; docs/testing.md has the bounds.
describe('soak (short)', () => {
  it('answers a minute of mixed load without a 5xx and keeps every acknowledged write', async () => {
    const result = await runSoak({ seconds: 60, windowSeconds: 15, warmupWindows: 4 })
    expect(result.problems).toEqual([])
    expect(result.acked.bookings).toBeGreaterThan(0)
    expect(result.acked.records).toBeGreaterThan(0)
    expect(result.acked.photos).toBeGreaterThan(0)
    expect(result.windows.length).toBeGreaterThanOrEqual(4)
  })
})
