import { type Dispatch, useCallback, useEffect, useRef, useState } from 'react'
import { errorText } from '../../app/errors'
import type { Translate } from '../../app/i18n'
import { useCallWorkspace } from '../call/store'
import { bookingApi, offeredSlots } from './api'
import { cursorSlot, type FlowAction, type FlowState } from './flow'
import type { Notify } from './notice'

/**
 * Holds the server has already let go of: turned into a booking or a move, or replaced by the next
 * hold. Releasing them again would only earn a 404.
 */
const settledHolds = new Set<string>()
export const settleHold = (id: string | undefined) => id && settledHolds.add(id)

/**
 * Release a hold the call no longer shows (another booking opened, the call ended). The hold lives
 * in the call's workspace, not in this screen: leaving the screen mid-call keeps it.
 */
useCallWorkspace.subscribe((now, before) => {
  const gone = before.flow.hold?.id
  if (!gone || gone === now.flow.hold?.id) return
  if (settledHolds.delete(gone)) return
  bookingApi.release(gone).catch(() => {}) // it expires by itself anyway
})

/**
 * The free slots for the chosen type and party, and the hold (仮押さえ) on one of them. Holding
 * another slot names the old hold in `replaces`, so the server swaps them in one step and the
 * operator never keeps two places. A hold left behind (the call ended) is released on the way out.
 */
export function useSlotHold(state: FlowState, dispatch: Dispatch<FlowAction>, notify: Notify, t: Translate) {
  const [loading, setLoading] = useState(false)
  const [holding, setHolding] = useState(false)
  const loadedFor = useRef<string | null>(null)
  const wanted =
    (state.mode === 'new' || state.moving) && state.type
      ? `${state.type}:${state.people}:${state.slotsAsked}`
      : null

  useEffect(() => {
    // The reducer empties the list (and counts a new question) whenever the type, the party or the
    // booking changes; each question is asked once, even when its answer is an empty list.
    if (!wanted || state.slots.length > 0 || loadedFor.current === wanted || !state.type) return
    loadedFor.current = wanted
    const controller = new AbortController()
    setLoading(true)
    bookingApi
      .availability(state.type, state.people, controller.signal)
      .then((answer) => dispatch({ type: 'slotsLoaded', slots: answer.slots }))
      .catch((error) => {
        if (!controller.signal.aborted) notify('error', errorText(t, error))
        loadedFor.current = null
      })
      .finally(() => setLoading(false))
    return () => controller.abort()
  }, [wanted, state.slots.length, state.type, state.people, dispatch, notify, t])

  /** Offer the next free slots a 409 slot_full sent, at once. True when the error was that. */
  const offerInstead = useCallback(
    (error: unknown): boolean => {
      const offered = offeredSlots(error)
      if (!offered) return false
      loadedFor.current = wanted
      dispatch({ type: 'holdGone' })
      dispatch({ type: 'slotsLoaded', slots: offered })
      notify('error', t(offered.length ? 'desk.slots.fullOffered' : 'desk.slots.fullNone'))
      return true
    },
    [dispatch, notify, t, wanted],
  )

  const hold = useCallback(
    async (index?: number): Promise<boolean> => {
      const slot = index === undefined ? cursorSlot(state) : state.slots[index]
      if (!slot || !state.type || holding) return false
      setHolding(true)
      try {
        const held = await bookingApi.hold({
          type: state.type,
          date: slot.date,
          time: slot.time,
          people: state.people,
          replaces: state.hold?.id,
        })
        settleHold(state.hold?.id)
        dispatch({ type: 'held', hold: held })
        return true
      } catch (error) {
        if (!offerInstead(error)) notify('error', errorText(t, error))
        return false
      } finally {
        setHolding(false)
      }
    },
    [state, holding, dispatch, notify, offerInstead, t],
  )

  return { loading, holding, hold, offerInstead }
}
