import type { FaqContentInput, MonthlyReport } from '@madoguchi/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { analyser } from '../faq/analyser'
import { faqKit } from '../testing/faq-kit'
import { useTestServer } from '../testing/use-server'

// The report's FAQ section (9. FAQの更新) through the API: changes and use in the month only.

const t = useTestServer('supervisor', { now: new Date('2026-11-20T01:00:00Z') })
beforeAll(() => analyser(), 120_000)

const content = (question: string): FaqContentInput => ({
  question,
  answer: `${question}の答えです。`,
  category: 'card_system',
})

const kit = faqKit(t)
const { json, publish } = kit
const write = async (question: string) => (await kit.write(content(question))).entry.id
const callUsing = (id: string, outcome: 'resolved' | 'dropped') => kit.callUsing([id], outcome, 30)

describe('the report’s FAQ section', () => {
  it('counts the month’s new, revised and retired entries, the calls that used one and the reports', async () => {
    const old = await write('11月からある質問')
    const gone = await write('11月の古い質問')
    await callUsing(old, 'resolved')
    t.server.setNow(new Date('2026-12-03T01:00:00Z'))
    await t
      .fresh()
      .request('PUT', `/api/faq/entries/${old}`, { content: content('12月に直した質問'), expectedVersion: 1 })
    await publish(old, 2)
    await t.fresh('city').request('POST', `/api/faq/entries/${gone}/retire`, { expectedVersion: 1 })
    const fresh = await write('12月の新しい質問')
    await callUsing(fresh, 'resolved')
    await callUsing(fresh, 'dropped')
    await callUsing(old, 'resolved')
    await t.fresh('operator').request('POST', '/api/faq/feedback', { kind: 'not_found', query: '色' })
    t.server.setNow(new Date('2027-01-05T01:00:00Z'))
    const r = await json<MonthlyReport>(t.fresh().request('GET', '/api/reports/2026-12'))
    expect(r.faq).toMatchObject({
      available: true,
      published: 1,
      revised: 1,
      retired: 1,
      live: 2,
      callsUsed: 3,
      callsSolved: 2,
      notFound: 1,
      wrong: 0,
    })
    if (!r.faq.available) throw new Error('no FAQ section')
    expect(r.faq.top.map((e) => [e.question, e.used])).toEqual([
      ['12月の新しい質問', 2],
      ['12月に直した質問', 1],
    ])
    expect(r.faq.changes.map((c) => c.change)).toEqual(['revised', 'retired', 'new'])
    const november = await json<MonthlyReport>(t.fresh().request('GET', '/api/reports/2026-11'))
    expect(november.faq).toMatchObject({ published: 2, revised: 0, live: 2, callsUsed: 1 })
  })
})
