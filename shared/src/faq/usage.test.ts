import { describe, expect, it } from 'vitest'
import { classifyChanges, groupGaps } from './usage'

describe('groupGaps', () => {
  it('meets width, kana and spacing variants in one group, largest first, words once each', () => {
    const groups = groupGaps([
      { query: 'カードのいろ', at: '2026-12-01T01:00:00Z' },
      { query: 'ｶｰﾄﾞ の いろ', at: '2026-12-02T01:00:00Z' },
      { query: 'かーどのいろ', at: '2026-12-01T02:00:00Z' },
      { query: 'カードのいろ', at: '2026-12-01T03:00:00Z' },
      { query: '住基', at: '2026-12-03T01:00:00Z' },
      { query: '!!!', at: '2026-12-03T01:00:00Z' },
    ])
    expect(groups.map((g) => [g.key, g.count, g.lastAt])).toEqual([
      ['かどのいろ', 4, '2026-12-02T01:00:00Z'],
      ['住基', 1, '2026-12-03T01:00:00Z'],
    ])
    // Most often typed first, each spelling once.
    expect(groups[0]?.queries[0]).toBe('カードのいろ')
    expect([...(groups[0]?.queries ?? [])].sort()).toEqual(
      ['かーどのいろ', 'カードのいろ', 'ｶｰﾄﾞ の いろ'].sort(),
    )
  })

  it('groups by what keyOf reads (the server passes the analyser reading)', () => {
    const reading: Record<string, string> = { 暗証: 'アンショウ', あんしょう: 'あんしょう' }
    const groups = groupGaps(
      [
        { query: '暗証', at: '2026-12-01T00:00:00Z' },
        { query: 'あんしょう', at: '2026-12-01T00:00:00Z' },
      ],
      (q) => reading[q] ?? q,
    )
    expect(groups.map((g) => [g.key, g.count])).toEqual([['あんしよう', 2]])
  })
})

describe('classifyChanges', () => {
  const at = (d: number) => `2026-12-0${d}T00:00:00Z`
  it('tells a first publication from a revision across the period’s edge; retiring a draft is no change', () => {
    const changes = classifyChanges(
      [
        { entryId: 'a', kind: 'published', at: at(3), version: 2 },
        { entryId: 'b', kind: 'published', at: at(1), version: 1 },
        { entryId: 'b', kind: 'published', at: at(2), version: 3 },
        { entryId: 'c', kind: 'retired', at: at(4), version: 1 },
        { entryId: 'b', kind: 'retired', at: at(5), version: 3 },
      ],
      new Map([['a', 1]]),
    )
    expect(changes.map((c) => [c.event.entryId, c.change, c.previousVersion])).toEqual([
      ['b', 'new', null],
      ['b', 'revised', 1],
      ['a', 'revised', 1],
      ['b', 'retired', 3],
    ])
  })
})
