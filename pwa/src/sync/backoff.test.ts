import { describe, expect, it } from 'vitest'
import { backoffDelay } from './backoff'

const options = { baseMs: 1000, maxMs: 60_000 }

describe('backoffDelay', () => {
  it('is zero before any failure', () => {
    expect(backoffDelay(0, options)).toBe(0)
  })

  it('doubles its cap with each failure up to the maximum', () => {
    expect(backoffDelay(1, options, () => 1)).toBe(1000)
    expect(backoffDelay(2, options, () => 1)).toBe(2000)
    expect(backoffDelay(4, options, () => 1)).toBe(8000)
    expect(backoffDelay(50, options, () => 1)).toBe(60_000)
  })

  it('spreads retries between a tenth of the cap and the cap (jitter)', () => {
    expect(backoffDelay(3, options, () => 0)).toBe(400)
    const delays = Array.from({ length: 200 }, () => backoffDelay(3, options))
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(400)
    expect(Math.max(...delays)).toBeLessThanOrEqual(4000)
    expect(new Set(delays).size).toBeGreaterThan(50)
  })
})
