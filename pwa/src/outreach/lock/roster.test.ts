import { describe, expect, it } from 'vitest'
import { hashPin } from './pin'
import { enrol, fromLegacy, staffOf, whoUnlocks } from './roster'

const hanako = { id: 'staff-1', displayName: '出張 花子' }
const taro = { id: 'staff-2', displayName: '出張 太郎' }
const FAST = 1000 // iterations: the real 200,000 would make this test slow for nothing

describe('PINs per staff member on a shared tablet', () => {
  it('keeps one salted hash per staff member, never the PIN, and names who unlocks', async () => {
    const roster = await enrol(await enrol([], hanako, '2468', FAST), taro, '1357', FAST)
    expect(JSON.stringify(roster)).not.toMatch(/"(2468|1357)"/) // no field holds a PIN
    expect(staffOf(roster)).toEqual([hanako, taro])
    expect(await whoUnlocks(roster, hanako.id, '2468')).toEqual(hanako)
    expect(await whoUnlocks(roster, taro.id, '1357')).toEqual(taro)
  })

  it('never unlocks with a colleague PIN, an unknown name or a wrong PIN', async () => {
    const roster = await enrol(await enrol([], hanako, '2468', FAST), taro, '1357', FAST)
    expect(await whoUnlocks(roster, taro.id, '2468')).toBeNull()
    expect(await whoUnlocks(roster, 'staff-9', '2468')).toBeNull()
    expect(await whoUnlocks(roster, hanako.id, '2469')).toBeNull()
  })

  it('lets two staff choose the same digits: each still unlocks as themselves', async () => {
    const roster = await enrol(await enrol([], hanako, '0000', FAST), taro, '0000', FAST)
    expect(roster[0]?.hash).not.toBe(roster[1]?.hash) // salted apart
    expect(await whoUnlocks(roster, taro.id, '0000')).toEqual(taro)
  })

  it('replaces a staff member own PIN when they set it again', async () => {
    const first = await enrol([], hanako, '2468', FAST)
    const again = await enrol(first, { ...hanako, displayName: '出張 花子（新）' }, '8642', FAST)
    expect(again).toHaveLength(1)
    expect(await whoUnlocks(again, hanako.id, '2468')).toBeNull()
    expect(await whoUnlocks(again, hanako.id, '8642')).toMatchObject({ displayName: '出張 花子（新）' })
  })

  it('gives the one device PIN of earlier versions to the staff member signed in', async () => {
    const legacy = await hashPin('2468', FAST)
    const roster = fromLegacy(legacy, hanako)
    expect(await whoUnlocks(roster, hanako.id, '2468')).toEqual(hanako)
    expect(fromLegacy(undefined, hanako)).toEqual([])
  })
})
