import { useCallback, useEffect, useReducer, useRef } from 'react'

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

/** Where the operator was when an action that answers later (a search, a booking) was sent. */
export interface FocusTicket<E> {
  request: number
  from: E | null
}

/** Where the operator is now that the answer has come. */
export interface FocusNow<E> {
  request: number
  active: E | null
  body: E | null
  connected(element: E): boolean
}

/**
 * Whether a late answer may still move focus: only if no action asked for focus since it was sent
 * and focus is still where it was then. A key, a Tab or a click elsewhere means the operator moved
 * on, and their next keys must land where they went. The one exception is focus that fell to the page
 * because the element it was on went away (the form a booking replaced): focus is never left lost.
 */
export function mayTakeFocus<E>(ticket: FocusTicket<E>, now: FocusNow<E>): boolean {
  if (ticket.request !== now.request) return false
  if (now.active === ticket.from) return true
  const onPage = now.active === null || now.active === now.body
  return onPage && (ticket.from === null || ticket.from === now.body || !now.connected(ticket.from))
}

const domNow = (request: number): FocusNow<Element> => ({
  request,
  active: document.activeElement,
  body: document.body,
  connected: (element) => element.isConnected,
})

interface Pending {
  target: FocusTarget
  select: boolean
  /** Set for an answer that came later: checked again when the target has rendered. */
  ticket?: FocusTicket<Element>
}

/**
 * Focus never gets lost after an action: an action asks for a target with `focusSoon`, and the
 * target gets focus after the next render, when the element it names exists (a list that has just
 * loaded, a form that has just opened). Asking again before that render simply changes the target.
 * An action that finishes later takes a ticket with `focusAfter` and moves focus only as
 * `mayTakeFocus` allows, so a fast operator's next key is never undone.
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
  // The newest request, in a ref rather than state: the effect must read the one asked last, and
  // clearing it must never clear a newer one asked between a render and its effect (an answer that
  // lands as the operator presses Alt+N). The state only makes React render, so the effect runs.
  const pending = useRef<Pending | null>(null)
  const [, rerender] = useReducer((n: number) => n + 1, 0)
  const requests = useRef(0)

  useEffect(() => {
    const asked = pending.current
    if (!asked) return
    // Asked when the answer came, and again now: the operator may have moved on while it rendered.
    if (asked.ticket && !mayTakeFocus(asked.ticket, domNow(requests.current))) {
      pending.current = null
      return
    }
    const element = refs[asked.target].current
    if (!element) return // not rendered yet: try again after the next render
    pending.current = null
    element.focus()
    if (asked.select && element instanceof HTMLInputElement) element.select()
  })

  const ask = useCallback((next: Pending) => {
    pending.current = next
    rerender()
  }, [])
  const focusSoon = useCallback(
    (target: FocusTarget, select = false) => {
      requests.current++
      ask({ target, select })
    },
    [ask],
  )
  const focusAfter = useCallback(() => {
    const ticket: FocusTicket<Element> = { request: ++requests.current, from: document.activeElement }
    return (target: FocusTarget, select = false) => {
      if (mayTakeFocus(ticket, domNow(requests.current))) ask({ target, select, ticket })
    }
  }, [ask])
  /**
   * For an action that answers later and then acts by itself (opening what a search found): whether
   * the operator is, by then, still where they were when it was asked, by the rule of `mayTakeFocus`.
   */
  const stillThereLater = useCallback(() => {
    const ticket: FocusTicket<Element> = { request: ++requests.current, from: document.activeElement }
    return () => mayTakeFocus(ticket, domNow(requests.current))
  }, [])
  const setRef = useCallback(
    (target: FocusTarget) => (element: HTMLElement | null) => {
      refs[target].current = element
    },
    [refs],
  )
  return { focusSoon, focusAfter, stillThereLater, setRef }
}
