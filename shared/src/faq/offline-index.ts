import MiniSearch from 'minisearch'
import type { FaqReferenceItem } from './model'
import { ngrams, normalizeForSearch } from './normalize'
import { byRank, FIELD_WEIGHTS, normalizeGroups, planQuery, rankScore } from './search-rules'

/**
 * The FAQ search a tablet runs with no network: the published entries it pulled, in a small in-memory
 * index (MiniSearch) over character bigrams of the normalised text. The server's morphological analyser
 * and its 17 MB dictionary are too big for a tablet, so instead each entry arrives with the base forms
 * and kana readings the server computed (`reading`), and bigrams match across conjugation
 * (忘れた / 忘れる share 忘れ) and give one- and two-character queries their answer. Query expansion,
 * field weights and the usage lift are the shared rules (search-rules.ts), as on the server.
 */

export interface OfflineHit {
  item: FaqReferenceItem
  score: number
}

interface Doc {
  id: string
  question: string
  phrasings: string
  keywords: string
  reading: string
  answer: string
}

/** Bigrams of the normalised text: a text of one character is its own token. */
export function bigramTokens(text: string): string[] {
  return ngrams(normalizeForSearch(text), 2)
}

export class OfflineFaqIndex {
  private readonly search: MiniSearch<Doc>
  private readonly items = new Map<string, FaqReferenceItem>()
  private readonly groups: string[][]

  constructor(items: readonly FaqReferenceItem[], synonyms: readonly (readonly string[])[]) {
    this.groups = normalizeGroups(synonyms)
    this.search = new MiniSearch<Doc>({
      fields: ['question', 'phrasings', 'keywords', 'reading', 'answer'],
      tokenize: bigramTokens,
      // Tokens are already normalised bigrams.
      processTerm: (term) => term,
    })
    for (const item of items) this.items.set(item.id, item)
    this.search.addAll(
      items.map((i) => ({
        id: i.id,
        question: i.question,
        phrasings: i.phrasings.join('\n'),
        keywords: i.keywords.join('\n'),
        reading: i.reading,
        answer: i.answer,
      })),
    )
  }

  get size(): number {
    return this.items.size
  }

  query(text: string, limit = 10): OfflineHit[] {
    const plan = planQuery(text, this.groups)
    const tokens = new Set<string>()
    for (const v of plan.variants) for (const gram of ngrams(v, 2)) tokens.add(gram)
    if (tokens.size === 0) return []
    const results = this.search.search([...tokens].join(' '), {
      tokenize: (q) => q.split(' '),
      processTerm: (t) => t,
      // A one-character query finds every bigram that starts with it.
      prefix: (term) => term.length === 1,
      boost: FIELD_WEIGHTS,
      combineWith: 'OR',
    })
    return results
      .map((r) => {
        const item = this.items.get(String(r.id)) as FaqReferenceItem
        return { item, score: rankScore(r.score, item.usedCount), number: item.number }
      })
      .sort(byRank)
      .slice(0, limit)
      .map(({ item, score }) => ({ item, score }))
  }
}
