import {
  DEFAULT_SYNONYMS,
  DEMO_FAQ,
  FaqSearchQuery,
  RELEVANCE_SET,
  relevanceFigures,
} from '@madoguchi/shared'
import { OfflineFaqIndex } from '@madoguchi/shared/faq/offline-index'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTestServer } from '../testing/use-server'
import { faqSince } from './reference'
import { searchFaq } from './search'
import { seedDemoFaq } from './seed'

// The search's relevance over the demo FAQ and the test set of what callers say (shared
// relevance-set.ts): recall@3 ≥ 0.9 and MRR ≥ 0.8, as issue 15 asks for "the right answer in the
// first three". Printed so a change in ranking shows its effect.

const t = useTestServer('operator', { shared: true })

describe('faq search relevance (server: FTS5 trigram + analyser)', () => {
  const keyOf = new Map<string, string>()
  beforeAll(async () => {
    await seedDemoFaq(t.server.deps)
    const rows = t.server.db.prepare('SELECT id, number FROM faq_entries ORDER BY number').all() as {
      id: string
      number: number
    }[]
    for (const [i, r] of rows.entries()) keyOf.set(r.id, DEMO_FAQ[i]?.key ?? '')
  })

  it(`finds the expected entry in the first three for ${RELEVANCE_SET.length} caller phrasings`, async () => {
    const results = new Map<string, string[]>()
    for (const { query } of RELEVANCE_SET) {
      const { hits } = await searchFaq(t.server.db, FaqSearchQuery.parse({ q: query }))
      results.set(
        query,
        hits.map((h) => keyOf.get(h.id) ?? ''),
      )
    }
    const figures = relevanceFigures((q) => results.get(q) ?? [])
    console.log(JSON.stringify({ recallAt3: figures.recallAt3, mrr: figures.mrr, misses: figures.misses }))
    expect(figures.recallAt3).toBeGreaterThanOrEqual(0.9)
    expect(figures.mrr).toBeGreaterThanOrEqual(0.8)
  })

  it("finds them on the tablet's index too, built from what the reference pull sends", () => {
    const index = new OfflineFaqIndex(faqSince(t.server.db, 0).items, DEFAULT_SYNONYMS)
    const figures = relevanceFigures((q) => index.query(q, 10).map((h) => keyOf.get(h.item.id) ?? ''))
    console.log(
      JSON.stringify({
        tablet: true,
        recallAt3: figures.recallAt3,
        mrr: figures.mrr,
        misses: figures.misses,
      }),
    )
    expect(figures.recallAt3).toBeGreaterThanOrEqual(0.9)
    expect(figures.mrr).toBeGreaterThanOrEqual(0.8)
  })

  it('finds the same entry whatever the width, script or conjugation', async () => {
    const first = async (q: string) =>
      keyOf.get((await searchFaq(t.server.db, FaqSearchQuery.parse({ q }))).hits[0]?.id ?? '')
    for (const q of [
      '暗証番号を忘れた',
      '暗証番号忘れてしまった',
      'あんしょうばんごうをわすれた',
      'ｱﾝｼｮｳﾊﾞﾝｺﾞｳ わすれた',
    ])
      expect([q, await first(q)]).toEqual([q, 'pin_forgot'])
  })
})
