import { type RecognisedQuery, recogniseQuery } from '@madoguchi/shared'
import { type Dispatch, useCallback, useRef, useState } from 'react'
import { errorText } from '../../app/errors'
import type { Translate } from '../../app/i18n'
import { bookingApi } from './api'
import type { FlowAction } from './flow'
import type { Notify } from './notice'

/**
 * The one search box. What it holds is recognised as the operator types (the shared rules the
 * server also uses), so "電話番号で検索" shows before Enter; the server's answer then confirms it.
 */
export function useFind(dispatch: Dispatch<FlowAction>, notify: Notify, t: Translate) {
  const [query, setQuery] = useState('')
  const [searched, setSearched] = useState<RecognisedQuery | null>(null)
  const [searching, setSearching] = useState(false)
  const abort = useRef<AbortController | null>(null)

  const recognised: RecognisedQuery | null = query.trim() ? recogniseQuery(query) : null

  const search = useCallback(async (): Promise<number> => {
    const q = query.trim()
    if (!q) return 0
    abort.current?.abort() // the last search typed is the one that counts
    const controller = new AbortController()
    abort.current = controller
    setSearching(true)
    try {
      const result = await bookingApi.search(q, controller.signal)
      setSearched(result.recognised)
      dispatch({ type: 'results', bookings: result.bookings })
      return result.bookings.length
    } catch (error) {
      if (!controller.signal.aborted) notify('error', errorText(t, error))
      return 0
    } finally {
      if (abort.current === controller) setSearching(false)
    }
  }, [query, dispatch, notify, t])

  return { query, setQuery, recognised, searched, searching, search }
}
