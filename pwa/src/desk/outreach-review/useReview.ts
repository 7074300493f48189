import { ReviewSessionDetail, ReviewSessionList } from '@madoguchi/shared'
import { useEffect, useState } from 'react'
import { api } from '../../app/api'

export type Loaded<T> = { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'done'; data: T }

export function useLoad<T>(load: (() => Promise<T>) | null, key: string): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' })
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `load` fetches
  useEffect(() => {
    if (!load) return
    let live = true
    setResult({ state: 'loading' })
    load().then(
      (data) => live && setResult({ state: 'done', data }),
      (error: unknown) => live && setResult({ state: 'error', error }),
    )
    return () => {
      live = false
    }
  }, [key])
  return result
}

/** The sessions that arrived (each load is an audited read on the server). */
export function useReviewSessions(): Loaded<ReviewSessionList> {
  return useLoad(() => api('/api/outreach-review/sessions', { schema: ReviewSessionList }), 'list')
}

export function useReviewSession(id: string): Loaded<ReviewSessionDetail> {
  return useLoad(() => api(`/api/outreach-review/sessions/${id}`, { schema: ReviewSessionDetail }), id)
}
