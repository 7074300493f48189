import { describe, expect, it } from 'vitest'
import { HOLD_TTL_MS, openElsewhere } from './on-screen'

const hold = (ids: string[], until: number) => JSON.stringify({ ids, until })

describe('screens open in other tabs', () => {
  it('counts what a live tab holds and lets a crashed tab’s hold expire', () => {
    const now = 1_000_000
    const { ids, expired } = openElsewhere(
      [
        { key: 'madoguchi.onScreen.live', value: hold(['intake-1', 'intake-2'], now + HOLD_TTL_MS) },
        { key: 'madoguchi.onScreen.crashed', value: hold(['intake-3'], now - 1) },
        { key: 'madoguchi.onScreen.garbled', value: '{' },
      ],
      now,
    )
    expect([...ids].sort()).toEqual(['intake-1', 'intake-2'])
    expect(expired.sort()).toEqual(['madoguchi.onScreen.crashed', 'madoguchi.onScreen.garbled'])
  })
})
