import { useEffect, useState } from 'react'
import { errorText } from './errors'
import { useT } from './i18n'

/**
 * Data a screen shows and asks for again every `everyMs` while it is open (today's figures): the
 * last answer stays on screen through a failed refresh, with the problem in words beside it.
 */
export function useRefreshing<T>(load: () => Promise<T>, everyMs: number) {
  const t = useT()
  const [data, setData] = useState<T | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  // `load` is a module-level API call in every use; the effect follows the language only.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    const run = () =>
      load()
        .then((value) => {
          setData(value)
          setProblem(null)
        })
        .catch((error) => setProblem(errorText(t, error)))
    void run()
    const timer = window.setInterval(() => void run(), everyMs)
    return () => window.clearInterval(timer)
  }, [t, everyMs])
  return { data, problem }
}
