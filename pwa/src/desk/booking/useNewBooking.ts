import { type FieldProblem, formatRef, newId, type RecognisedQuery } from '@madoguchi/shared'
import { type Dispatch, useCallback, useEffect, useRef, useState } from 'react'
import { ApiRequestError } from '../../app/api'
import { errorText } from '../../app/errors'
import type { Translate } from '../../app/i18n'
import { linkToCall, useCallWorkspace } from '../call/store'
import { bookingApi } from './api'
import { type Attempt, attemptFor, cursorSlot, type FlowAction, type FlowState } from './flow'
import type { Notify } from './notice'
import {
  otherProblems,
  type PersonDraft,
  type PersonField,
  partyRequest,
  personFromSearch,
  personProblems,
  resizeParty,
} from './person'
import { settleHold } from './useSlotHold'

export type Problems = Partial<Record<PersonField, FieldProblem[]>>

/**
 * The person details and the booking itself. A booking attempt carries one idempotency key, reused
 * for the same request (see `attemptFor`), and a second press while the first is in flight does
 * nothing: either way one call makes one booking.
 */
export function useNewBooking(
  state: FlowState,
  dispatch: Dispatch<FlowAction>,
  notify: Notify,
  t: Translate,
  offerInstead: (error: unknown) => boolean,
) {
  // The form belongs to the call: half-typed details survive a look at the FAQ mid-call.
  const people = useCallWorkspace((s) => s.people)
  const setPeople = useCallWorkspace((s) => s.setPeople)
  const [problems, setProblems] = useState<Problems[]>([])
  const [general, setGeneral] = useState<FieldProblem[]>([])
  const [booking, setBooking] = useState(false)
  const inFlight = useRef(false)
  const attempt = useRef<Attempt | null>(null)

  useEffect(() => {
    setPeople((current) => (current.length === state.people ? current : resizeParty(current, state.people)))
  }, [state.people, setPeople])

  /** A new call's form, started from what the search box recognised. */
  const start = useCallback(
    (recognised: RecognisedQuery | null) => {
      setPeople(() => [personFromSearch(recognised)])
      setProblems([])
      setGeneral([])
      attempt.current = null
    },
    [setPeople],
  )

  const update = useCallback(
    (index: number, person: PersonDraft) => {
      setPeople((current) => current.map((p, i) => (i === index ? person : p)))
    },
    [setPeople],
  )

  /**
   * Book; resolves to the new booking's id, null when it failed (the problems are on screen by
   * then), or undefined for a press that came while the first was still on its way.
   */
  const book = useCallback(async (): Promise<string | null | undefined> => {
    const slot = state.hold ?? cursorSlot(state)
    if (inFlight.current) return undefined
    if (!state.type || !slot) {
      notify('error', t('desk.book.noSlot'))
      return null
    }
    const body = {
      date: slot.date,
      time: slot.time,
      holdId: state.hold?.id,
      channel: 'phone' as const,
      people: partyRequest(people, state.type),
    }
    attempt.current = attemptFor(attempt.current, JSON.stringify(body), newId)
    inFlight.current = true
    setBooking(true)
    try {
      const made = await bookingApi.create({ ...body, idempotencyKey: attempt.current.key })
      attempt.current = null
      settleHold(state.hold?.id)
      setProblems([])
      setGeneral([])
      for (const b of made.bookings) linkToCall('booking', b.id, 'booked', formatRef(b.ref))
      const first = made.bookings[0]
      if (!first) return null
      notify('ok', t('desk.book.done', { ref: formatRef(first.ref) }))
      dispatch({
        type: 'open',
        id: first.id,
        happened: { kind: 'booked', ids: made.bookings.map((b) => b.id) },
      })
      return first.id
    } catch (error) {
      if (offerInstead(error)) return null
      if (error instanceof ApiRequestError && error.code === 'validation_failed') {
        setProblems(personProblems(error.fields, people.length))
        setGeneral(otherProblems(error.fields))
      }
      notify('error', errorText(t, error))
      return null
    } finally {
      inFlight.current = false
      setBooking(false)
    }
  }, [state, people, dispatch, notify, t, offerInstead])

  return { people, update, problems, general, booking, book, start }
}
