import { type RecognisedQuery, recogniseQuery } from '@madoguchi/shared'
import { type Dispatch, useCallback, useRef, useState } from 'react'
import { errorText } from '../../app/errors'
import type { Translate } from '../../app/i18n'
import { useCallWorkspace } from '../call/store'
import { bookingApi } from './api'
import type { FlowAction } from './flow'
import { latestOnly } from './latest'
import type { Notify } from './notice'

/**
 * How a search ended. `stale`: a newer search replaced it, so it showed nothing and must do nothing
 * more. `empty`: nothing was typed. `edited`: the box no longer holds what was sent, so the operator is already typing the next one.
 */
export type FindOutcome =
  | { kind: 'found'; count: number; edited: boolean }
  | { kind: 'failed'; edited: boolean }
  | { kind: 'stale' }
  /** Nothing typed: nothing was asked, and the desk says what may be typed. */
  | { kind: 'empty' }

/**
 * The one search box. What it holds is recognised as the operator types (the shared rules the
 * server also uses), so "電話番号で検索" shows before Enter; the server's answer then confirms it.
 */
export function useFind(dispatch: Dispatch<FlowAction>, notify: Notify, t: Translate) {
  // The box's text belongs to the call (it survives a visit to another screen); the rest is this screen's.
  const query = useCallWorkspace((s) => s.findQuery)
  const setQueryState = useCallWorkspace((s) => s.setFindQuery)
  const [searched, setSearched] = useState<RecognisedQuery | null>(null)
  const [searching, setSearching] = useState(false)
  const [latest] = useState(latestOnly) // one per desk: a search replaces the one before it
  // The box as typed right now: an answer lands after renders its closure never saw.
  const typed = useRef(query)
  // The query whose answer the results list shows: what a refresh after a change asks again.
  const shown = useRef('')

  const setQuery = useCallback(
    (value: string) => {
      typed.current = value
      setQueryState(value)
    },
    [setQueryState],
  )

  const recognised: RecognisedQuery | null = query.trim() ? recogniseQuery(query) : null

  const run = useCallback(
    async (q: string): Promise<FindOutcome> => {
      if (!q) return { kind: 'empty' }
      setSearching(true)
      try {
        const answer = await latest((signal) => bookingApi.search(q, signal))
        if (answer.stale) return { kind: 'stale' }
        setSearching(false)
        setSearched(answer.value.recognised)
        shown.current = q
        dispatch({ type: 'results', bookings: answer.value.bookings })
        return { kind: 'found', count: answer.value.bookings.length, edited: typed.current.trim() !== q }
      } catch (error) {
        setSearching(false)
        notify('error', errorText(t, error))
        return { kind: 'failed', edited: typed.current.trim() !== q }
      }
    },
    [latest, dispatch, notify, t],
  )

  const search = useCallback(() => run(typed.current.trim()), [run])
  /** The results again after a move or cancel, for the search that found them, whatever the box holds now. */
  const refresh = useCallback(() => run(shown.current), [run])

  return { query, setQuery, recognised, searched, searching, search, refresh }
}
