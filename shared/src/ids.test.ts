import { afterEach, describe, expect, it, vi } from 'vitest'
import { isUuid, newId, uuidV7Time } from './ids'

afterEach(() => {
  vi.restoreAllMocks()
})

/** A copy of the module with its own clock state, so a faked clock does not leak into other tests. */
async function freshNewId() {
  vi.resetModules()
  return (await import('./ids')).newId
}

describe('newId', () => {
  it('is a lowercase UUID with version 7 and the RFC 9562 variant', () => {
    const id = newId()
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    expect(id[14]).toBe('7')
    expect('89ab').toContain(id[19])
    expect(isUuid(id)).toBe(true)
  })

  it('carries the creation time', () => {
    const before = Date.now()
    const id = newId()
    const after = Date.now()
    expect(uuidV7Time(id)).toBeGreaterThanOrEqual(before)
    expect(uuidV7Time(id)).toBeLessThanOrEqual(after)
  })

  it('sorts in creation order and never repeats over 10,000 ids', () => {
    const ids = Array.from({ length: 10_000 }, () => newId())
    expect([...ids].sort()).toEqual(ids)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('stays ordered when the counter overflows within one millisecond', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2030, 0, 1))
    const newId = await freshNewId()
    const ids = Array.from({ length: 5_000 }, () => newId())
    expect([...ids].sort()).toEqual(ids)
    // More than 4096 ids cannot share one millisecond, so the timestamp must have moved on.
    const last = ids.at(-1) ?? ''
    expect(uuidV7Time(last)).toBeGreaterThan(Date.UTC(2030, 0, 1))
  })

  it('stays ordered when the clock goes back', async () => {
    const now = vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2031, 0, 1))
    const newId = await freshNewId()
    const first = newId()
    now.mockReturnValue(Date.UTC(2031, 0, 1) - 60_000)
    const second = newId()
    expect(second > first).toBe(true)
  })
})

describe('isUuid', () => {
  it.each([
    ['01890a5d-ac96-774b-bcce-b302099a8057', true],
    ['01890A5D-AC96-774B-BCCE-B302099A8057', true],
    ['f47ac10b-58cc-4372-a567-0e02b2c3d479', true],
    ['01890a5dac96774bbcceb302099a8057', false],
    ['01890a5d-ac96-774b-bcce-b302099a805', false],
    ['01890a5d-ac96-774b-bcce-b302099a805g', false],
    ['', false],
  ])('%s → %s', (s, expected) => {
    expect(isUuid(s)).toBe(expected)
  })
})

describe('uuidV7Time', () => {
  it('reads the 48-bit millisecond timestamp', () => {
    // The example UUIDv7 of RFC 9562 appendix A.6: 2022-02-22T19:22:22Z.
    expect(uuidV7Time('017f22e2-79b0-7cc3-98c4-dc0c0c07398f')).toBe(Date.UTC(2022, 1, 22, 19, 22, 22))
  })

  it('refuses a UUID of another version', () => {
    expect(() => uuidV7Time('f47ac10b-58cc-4372-a567-0e02b2c3d479')).toThrow(RangeError)
  })
})
