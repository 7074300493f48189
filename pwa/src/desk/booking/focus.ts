import { useCallback, useEffect, useRef, useState } from 'react'

/** The places focus goes to after an action, in the workspace's reading order. */
export type FocusTarget =
  | 'find'
  | 'results'
  | 'types'
  | 'slots'
  | 'person'
  | 'detail'
  | 'readBack'
  | 'confirm'

type Refs = Record<FocusTarget, { current: HTMLElement | null }>

/**
 * Focus never gets lost after an action: an action asks for a target with `focusSoon`, and the
 * target gets focus after the next render, when the element it names exists (a list that has just
 * loaded, a form that has just opened). Asking again before that render simply changes the target.
 */
export function useFocusTargets() {
  const refs = useRef<Refs>({
    find: { current: null },
    results: { current: null },
    types: { current: null },
    slots: { current: null },
    person: { current: null },
    detail: { current: null },
    readBack: { current: null },
    confirm: { current: null },
  }).current
  const [pending, setPending] = useState<{ target: FocusTarget; select: boolean } | null>(null)

  useEffect(() => {
    if (!pending) return
    const element = refs[pending.target].current
    if (!element) return // not rendered yet: try again after the next render
    element.focus()
    if (pending.select && element instanceof HTMLInputElement) element.select()
    setPending(null)
  })

  // Every request takes a number; an action that finishes later (a search, a booking) moves focus
  // only if nothing else asked for it meanwhile, so a fast operator's next key is never undone.
  const requests = useRef(0)
  const focusSoon = useCallback((target: FocusTarget, select = false) => {
    requests.current++
    setPending({ target, select })
  }, [])
  const focusAfter = useCallback(() => {
    const mine = ++requests.current
    return (target: FocusTarget, select = false) => {
      if (requests.current === mine) setPending({ target, select })
    }
  }, [])
  const setRef = useCallback(
    (target: FocusTarget) => (element: HTMLElement | null) => {
      refs[target].current = element
    },
    [refs],
  )
  return { focusSoon, focusAfter, setRef }
}
