import type { InventoryItem } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import { type Holding, nextMarker, settleLoss } from './marker-rule'

const item = (id: string, photo = false): InventoryItem => ({
  entity: photo ? 'photo' : 'intake',
  id,
  sessionId: 'session',
  photo,
})
const holding = (storeId: string | null, unsent: InventoryItem[], settled: string[] = []): Holding => ({
  storeId,
  unsent,
  settled: new Set(settled),
})
const AT = '2026-12-02T01:00:00.000Z'
const IDS = { deviceId: 'device', storeId: 'dev' }

describe('the device marker', () => {
  it('notes what is unsent and forgets what the server confirmed', () => {
    const first = nextMarker(null, holding('dev', [item('a'), item('b', true)]), AT, IDS)
    expect(first.unsent.map((i) => i.id)).toEqual(['a', 'b'])
    const next = nextMarker(first, holding('dev', [item('b', true)], ['a']), AT, IDS)
    expect(next.unsent.map((i) => i.id)).toEqual(['b'])
    expect(next.lost).toBeUndefined()
  })

  it('notices unsent work that vanished from the database without a confirmation', () => {
    const first = nextMarker(null, holding('dev', [item('a'), item('b', true), item('c')]), AT, IDS)
    const next = nextMarker(first, holding('dev', [item('c')]), '2026-12-02T02:00:00.000Z', IDS)
    expect(next.lost?.items.map((i) => i.id)).toEqual(['a', 'b'])
    expect(next.lost?.wiped).toBe(false)
    expect(next.lost?.noticedAt).toBe('2026-12-02T02:00:00.000Z')
  })

  it('notices a database the browser deleted and made again empty', () => {
    const first = nextMarker(null, holding('dev', [item('a'), item('b', true)]), AT, IDS)
    // The new database has no store id yet, and its receipts cannot vouch for anything.
    const next = nextMarker(first, holding(null, [], ['a']), AT, { deviceId: 'device', storeId: 'new' })
    expect(next).toMatchObject({ deviceId: 'device', storeId: 'new' })
    expect(next.lost).toMatchObject({ wiped: true })
    expect(next.lost?.items.map((i) => i.id)).toEqual(['a', 'b'])
  })

  it('keeps a loss until it was reported and seen, and adds later losses to it', () => {
    let marker = nextMarker(null, holding('dev', [item('a'), item('b')]), AT, IDS)
    marker = nextMarker(marker, holding('dev', [item('b')]), AT, IDS)
    marker = nextMarker(marker, holding('dev', [item('b')]), AT, IDS)
    expect(marker.lost?.items.map((i) => i.id)).toEqual(['a'])
    marker = nextMarker(marker, holding('dev', []), AT, IDS)
    expect(marker.lost?.items.map((i) => i.id)).toEqual(['a', 'b'])
    marker = settleLoss(marker, { reported: true })
    expect(marker.lost).toBeDefined()
    marker = settleLoss(marker, { seen: true })
    expect(marker.lost).toBeUndefined()
  })
})
