import { useCallback, useState } from 'react'

/** One line under the find box telling the operator what just happened (a live region reads it). */
export interface Notice {
  tone: 'info' | 'ok' | 'error'
  text: string
}

export function useNotice() {
  const [notice, setNotice] = useState<Notice | null>(null)
  const notify = useCallback((tone: Notice['tone'], text: string) => setNotice({ tone, text }), [])
  const clear = useCallback(() => setNotice(null), [])
  return { notice, notify, clear }
}

export type Notify = (tone: Notice['tone'], text: string) => void
