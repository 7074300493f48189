import { newId } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import {
  countUnrecorded,
  REPEAT_WINDOW_MS,
  type ReadKey,
  readKey,
  shouldRecord,
  unrecordedAfter,
} from './trail'

describe('shouldRecord', () => {
  const record = newId()
  it('records the same person opening the same record once within the window, again after it', () => {
    const last = new Map<ReadKey, number>()
    const key = readKey('intake.read', record, 'staff-1')
    expect(shouldRecord(last, key, 0)).toBe(true)
    expect(shouldRecord(last, key, REPEAT_WINDOW_MS - 1)).toBe(false)
    expect(shouldRecord(last, key, REPEAT_WINDOW_MS)).toBe(true)
  })

  it('always records a colleague, another record or another kind of read', () => {
    const last = new Map<ReadKey, number>()
    expect(shouldRecord(last, readKey('intake.read', record, 'staff-1'), 0)).toBe(true)
    expect(shouldRecord(last, readKey('intake.read', record, 'staff-2'), 1)).toBe(true)
    expect(shouldRecord(last, readKey('photo.read', record, 'staff-1'), 2)).toBe(true)
    expect(shouldRecord(last, readKey('intake.read', newId(), 'staff-1'), 3)).toBe(true)
  })

  it('forgets keys past the window, so the map stays small over a long day', () => {
    const last = new Map<ReadKey, number>()
    for (let i = 0; i < 600; i++) shouldRecord(last, readKey('note.read', `r${i}`, null), 0)
    shouldRecord(last, readKey('note.read', 'late', null), REPEAT_WINDOW_MS)
    expect(last.size).toBe(1)
  })
})

describe('the count of unrecorded reads', () => {
  const ids =
    (...list: string[]) =>
    () =>
      list.shift() as string
  it('starts at one and grows, keeping its id and first time', () => {
    const first = countUnrecorded(undefined, 't1', ids('a'))
    expect(first).toEqual({ id: 'a', count: 1, from: 't1', to: 't1' })
    expect(countUnrecorded(first, 't2', ids('b'))).toEqual({ id: 'a', count: 2, from: 't1', to: 't2' })
  })

  it('is gone once the server stored it, unless reads were counted meanwhile (then under a new id)', () => {
    const sent = { id: 'a', count: 3, from: 't1', to: 't3' }
    expect(unrecordedAfter(sent, sent, ids('b'))).toBeUndefined()
    const grown = { ...sent, count: 5, to: 't5' }
    expect(unrecordedAfter(grown, sent, ids('b'))).toEqual({ id: 'b', count: 2, from: 't3', to: 't5' })
    const other = { id: 'z', count: 1, from: 't9', to: 't9' }
    expect(unrecordedAfter(other, sent, ids('b'))).toBe(other)
  })
})
