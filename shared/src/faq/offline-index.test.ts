import { describe, expect, it } from 'vitest'
import { DEMO_FAQ } from './demo-entries'
import { FaqContent, type FaqReferenceItem } from './model'
import { OfflineFaqIndex } from './offline-index'
import { relevanceFigures } from './relevance-set'
import { DEFAULT_SYNONYMS } from './synonyms'

const items: FaqReferenceItem[] = DEMO_FAQ.filter((d) => !d.draft).map((d, i) => {
  const c = FaqContent.parse(d)
  return {
    id: d.key,
    number: i + 1,
    version: 1,
    question: c.question,
    answer: c.answer,
    category: c.category,
    audience: c.audience,
    keywords: c.keywords,
    phrasings: c.phrasings,
    reading: '',
    usedCount: 0,
  }
})

describe('the tablet FAQ index', () => {
  const index = new OfflineFaqIndex(items, DEFAULT_SYNONYMS)
  // Without the server's readings (reading: '') hiragana-only queries for kanji words cannot match;
  // the pwa test and bench:faq measure the index with the readings the server sends.
  it('finds the right entry without a dictionary for most queries', () => {
    const figures = relevanceFigures((q) => index.query(q, 10).map((h) => h.item.id))
    expect(figures.recallAt3).toBeGreaterThanOrEqual(0.85)
  })
  it('answers any text without throwing', () => {
    for (const q of ['', '   ', '"*^:()', '🙂', 'x'.repeat(5000), "'; DROP TABLE faq; --", 'NEAR(a b)'])
      expect(Array.isArray(index.query(q))).toBe(true)
  })
})
