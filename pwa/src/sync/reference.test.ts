import { describe, expect, it } from 'vitest'
import { applyDelta } from './reference'

describe('applyDelta', () => {
  it('replaces changed rows, adds new ones and removes deleted keys', () => {
    const held = [
      { id: 'a', v: 1 },
      { id: 'b', v: 1 },
    ]
    expect(
      applyDelta(
        held,
        (r) => r.id,
        [
          { id: 'b', v: 2 },
          { id: 'c', v: 1 },
        ],
        ['a'],
      ),
    ).toEqual([
      { id: 'b', v: 2 },
      { id: 'c', v: 1 },
    ])
  })
})
