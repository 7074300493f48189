import type { FaqHit } from '@madoguchi/shared'
import { create } from 'zustand'

/**
 * The FAQ panel's state, above the screens like the call itself: the query typed and the results
 * shown survive moving between booking and the call log, so the answer being read stays on screen.
 */
export interface FaqPanelState {
  query: string
  hits: FaqHit[]
  /** The query the hits answer (a slower answer to an older query is dropped). */
  answered: string
  selected: number
  setQuery(query: string): void
  setHits(query: string, hits: FaqHit[]): void
  move(by: 1 | -1): void
  clear(): void
}

export const useFaqPanel = create<FaqPanelState>((set) => ({
  query: '',
  hits: [],
  answered: '',
  selected: 0,
  setQuery: (query) => set({ query }),
  setHits: (answered, hits) => set((s) => (s.query === answered ? { hits, answered, selected: 0 } : s)),
  move: (by) =>
    set((s) => (s.hits.length ? { selected: (s.selected + by + s.hits.length) % s.hits.length } : s)),
  clear: () => set({ query: '', hits: [], answered: '', selected: 0 }),
}))
