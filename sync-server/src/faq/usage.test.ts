import {
  type FaqContentInput,
  type FaqDigest,
  type FaqGaps,
  type FaqUsage,
  makeIndividualNumber,
} from '@madoguchi/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { faqKit } from '../testing/faq-kit'
import { useTestServer } from '../testing/use-server'
import { analyser } from './analyser'

// Usage, gaps and the digest of changes (issue 15.5), in process through HTTP on a real SQLite file.

const t = useTestServer('supervisor', { now: new Date('2026-11-20T01:00:00Z') })

// Publishing and grouping read with the analyser's dictionary (seconds on a busy machine): load it first.
beforeAll(() => analyser(), 120_000)

const content = (question: string): FaqContentInput => ({
  question,
  answer: `${question}の答えです。`,
  category: 'card_system',
  sources: [{ url: 'https://www.kojinbango-card.go.jp/', title: 'J-LIS', checkedOn: '2026-11-01' }],
})

const kit = faqKit(t)
const { json } = kit
/** Written by the supervisor, published by the city user (the two-person rule). */
const publish = (question: string) => kit.write(content(question))

async function revise(id: string, question: string, expectedVersion: number) {
  await t.fresh().request('PUT', `/api/faq/entries/${id}`, { content: content(question), expectedVersion })
  await kit.publish(id, expectedVersion + 1)
}

const callUsing = (ids: string[], outcome: 'resolved' | 'dropped') => kit.callUsing(ids, outcome, 60)

describe('faq usage and gaps', () => {
  it('counts each entry’s calls, the resolved ones and the wrong-answer reports in the period', async () => {
    const a = await publish('カードの色は選べますか')
    const b = await publish('カードケースはもらえますか')
    await callUsing([a.entry.id, b.entry.id], 'resolved')
    await callUsing([a.entry.id], 'resolved')
    await callUsing([a.entry.id], 'dropped')
    const op = t.fresh('operator')
    await op.request('POST', '/api/faq/feedback', {
      kind: 'wrong',
      query: 'ケース 有料',
      entryId: b.entry.id,
    })
    const usage = await json<FaqUsage>(
      t.fresh().request('GET', '/api/faq/usage?from=2026-11-20&to=2026-11-20'),
    )
    expect(usage.entries.map((e) => [e.number, e.used, e.solved, e.wrong])).toEqual([
      [a.entry.number, 3, 2, 0],
      [b.entry.number, 1, 1, 1],
    ])
    expect(usage.entries[1]?.wrongQueries).toEqual(['ケース 有料'])
    // Another period: the entries are listed with nothing counted.
    const later = await json<FaqUsage>(
      t.fresh().request('GET', '/api/faq/usage?from=2026-11-21&to=2026-11-30'),
    )
    expect(later.entries.map((e) => e.used)).toEqual([0, 0])
    // Operators log and report; they do not read the editors' figures.
    expect((await t.fresh('operator').request('GET', '/api/faq/usage')).status).toBe(403)
  })

  it('groups the not-found queries by their normalised reading, largest group first', async () => {
    const op = t.fresh('operator')
    for (const query of [
      '暗証',
      'あんしょう',
      'ｱﾝｼｮｳ',
      'アンショウ',
      'カードの色',
      'かーどのいろ',
      'マイナポイント',
    ])
      expect((await op.request('POST', '/api/faq/feedback', { kind: 'not_found', query })).status).toBe(201)
    const refused = await op.request('POST', '/api/faq/feedback', {
      kind: 'not_found',
      query: `番号 ${makeIndividualNumber('12345678901')}`,
    })
    expect(refused.status).toBe(422)
    const gaps = await json<FaqGaps>(t.fresh('city').request('GET', '/api/faq/gaps'))
    expect(gaps.groups.map((g) => [g.key, g.count])).toEqual([
      ['あんしよう', 4],
      ['かどのいろ', 2],
      ['まいなぽいんと', 1],
    ])
    expect(gaps.groups[0]?.queries).toEqual(expect.arrayContaining(['暗証', 'あんしょう', 'ｱﾝｼｮｳ']))
    const stored = t.server.db.prepare('SELECT query FROM faq_feedback').pluck().all() as string[]
    expect(stored.some((q) => q.includes('番号'))).toBe(false)
  })

  it('digests what was published, revised and retired since a date', async () => {
    const a = await publish('更新の通知はいつ届きますか')
    const b = await publish('旧い案内')
    t.server.setNow(new Date('2026-12-02T01:00:00Z'))
    await revise(a.entry.id, '更新の通知書はいつ届きますか', 1)
    await t.fresh('city').request('POST', `/api/faq/entries/${b.entry.id}/retire`, {
      expectedVersion: 1,
      reason: '制度変更',
    })
    const c = await publish('新しい案内')
    const all = await json<FaqDigest>(t.fresh().request('GET', '/api/faq/digest?since=2026-11-01'))
    expect(all.items.map((i) => [i.number, i.change, i.version])).toEqual([
      [a.entry.number, 'new', 1],
      [b.entry.number, 'new', 1],
      [a.entry.number, 'revised', 2],
      [b.entry.number, 'retired', 1],
      [c.entry.number, 'new', 1],
    ])
    const recent = await json<FaqDigest>(t.fresh('admin').request('GET', '/api/faq/digest?since=2026-12-01'))
    const revised = recent.items[0]
    expect(revised).toMatchObject({ number: a.entry.number, change: 'revised', answer: '' })
    const question = revised?.fields.find((f) => f.field === 'question')
    expect(question?.parts.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(['書'])
    expect(recent.items[1]).toMatchObject({ change: 'retired', reason: '制度変更' })
    expect(recent.items[2]).toMatchObject({ change: 'new', answer: '新しい案内の答えです。' })
    const bad = await t.fresh().request('GET', '/api/faq/digest?since=12月1日')
    expect(bad.status).toBe(422)
  })
})
