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
  | { kind: 'found'; count: number; first?: string; edited: boolean }
  | { kind: 'failed'; edited: boolean }
  | { kind: 'stale' }
  /** Nothing typed: nothing was asked, and the desk says what may be typed. */
  | { kind: 'empty' }

/** What Enter in the box does, given what it holds, what the list answers and what is on its way. */
export type EnterIntent = 'search' | 'open' | 'wait'

/**
 * Enter pressed again on the query the list answers (the box not typed in since) opens the chosen
 * result, as Enter in the list would; pressed again while that query's answer is on its way, it waits
 * and opens what the answer finds. So "type, Enter, Enter" opens the booking however late the answer
 * or the focus comes: before, an Enter that beat the focus searched again and opened nothing.
 * Retyping the same words is a new search.
 */
export function enterIntent(
  query: string,
  answered: string,
  sending: string | null,
  results: number,
): EnterIntent {
  const q = query.trim()
  if (!q) return 'search'
  if (q === sending) return 'wait'
  if (q === answered && results > 0) return 'open'
  return 'search'
}

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
  // The query whose answer is on its way, if any, until the box is typed in again.
  const sending = useRef<string | null>(null)
  // The query the list answers, until the box is typed in again: only then does Enter open a result.
  const untouched = useRef('')

  const setQuery = useCallback(
    (value: string) => {
      typed.current = value
      untouched.current = ''
      sending.current = null // typed again, even the same words: a new search, not a wait
      setQueryState(value)
    },
    [setQueryState],
  )

  const recognised: RecognisedQuery | null = query.trim() ? recogniseQuery(query) : null

  const run = useCallback(
    async (q: string): Promise<FindOutcome> => {
      if (!q) return { kind: 'empty' }
      setSearching(true)
      sending.current = q
      try {
        const answer = await latest((signal) => bookingApi.search(q, signal))
        if (answer.stale) return { kind: 'stale' }
        sending.current = null
        setSearching(false)
        setSearched(answer.value.recognised)
        shown.current = q
        if (typed.current.trim() === q) untouched.current = q
        dispatch({ type: 'results', bookings: answer.value.bookings })
        const bookings = answer.value.bookings
        return {
          kind: 'found',
          count: bookings.length,
          first: bookings[0]?.id,
          edited: typed.current.trim() !== q,
        }
      } catch (error) {
        sending.current = null
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

  /** What Enter in the box should do now (see `enterIntent`); `results` is how many the list shows. */
  const intent = useCallback(
    (results: number) => enterIntent(typed.current, untouched.current, sending.current, results),
    [],
  )

  return { query, setQuery, recognised, searched, searching, search, refresh, intent }
}
