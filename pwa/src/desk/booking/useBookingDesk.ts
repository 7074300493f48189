import { useCallback, useMemo, useRef, useState } from 'react'
import { useT } from '../../app/i18n'
import { navigate } from '../../app/navigation'
import { dayListPath } from '../../app/router'
import { useCan } from '../../app/session'
import { useKeyTable } from '../call/key-registry'
import { useCallWorkspace } from '../call/store'
import { cursorSlot } from './flow'
import { useFocusTargets } from './focus'
import { BOOKING_KEY_TABLE, type DeskCommands, READ_ONLY_KEY_TABLE } from './keys'
import { useNotice } from './notice'
import { useBookingTypes } from './useBookingTypes'
import { useFind } from './useFind'
import { useNewBooking } from './useNewBooking'
import { useOpenBooking } from './useOpenBooking'
import { useSlotHold } from './useSlotHold'

/**
 * The booking panel of the call's workspace: the I/O hooks around the flow, and the commands the key
 * table (keys.ts) and the buttons both call. Each command says where focus goes next. The flow itself,
 * the find box and the person form live in the desk's call workspace (call/store.ts), so they survive
 * leaving this screen for the FAQ or the call log in the middle of a call.
 */
export function useBookingDesk() {
  const t = useT()
  // City staff read bookings but do not make them: no form, no keys that change a booking.
  const mayWrite = useCan('booking.write')
  const types = useBookingTypes()
  const state = useCallWorkspace((s) => s.flow)
  const dispatch = useCallWorkspace((s) => s.dispatchFlow)
  const setHelp = useCallWorkspace((s) => s.setHelp)
  const { notice, notify, clear } = useNotice()
  const { focusSoon, focusAfter, stillThereLater, setRef } = useFocusTargets()
  const [confirming, setConfirming] = useState(false)

  const find = useFind(dispatch, notify, t)
  const slots = useSlotHold(state, dispatch, notify, t)
  const form = useNewBooking(state, dispatch, notify, t, slots.offerInstead)
  const open = useOpenBooking(state, dispatch, notify, t, slots.offerInstead)
  const live = open.detail?.booking.status === 'booked'

  // The results list must not keep saying 予約中 for a booking just cancelled or moved.
  const refreshResults = useCallback(() => {
    if (state.results) void find.refresh()
  }, [state.results, find])

  const openBooking = useCallback(
    (id: string) => {
      clear()
      setConfirming(false)
      dispatch({ type: 'open', id })
      focusSoon('detail')
    },
    [clear, focusSoon, dispatch],
  )

  // Set by an Enter pressed while this query's answer was on its way: open what it finds, if the
  // operator is still in the box by then (a key, a click or Alt+N elsewhere means they moved on).
  const openWhenFound = useRef<(() => boolean) | null>(null)
  const search = useCallback(async () => {
    const intent = find.intent(state.results?.length ?? 0)
    if (intent === 'open') {
      const booking = state.results?.[state.resultCursor]
      if (booking) openBooking(booking.id)
      return
    }
    if (intent === 'wait') {
      openWhenFound.current = stillThereLater()
      return
    }
    openWhenFound.current = null
    clear()
    const then = focusAfter()
    const outcome = await find.search()
    if (outcome.kind === 'stale') return // a newer search has the say now
    // Set meanwhile by an Enter during the wait (narrowed to null by the assignment above otherwise).
    const stillThere = openWhenFound.current as (() => boolean) | null
    const openNow = stillThere?.() ?? false
    openWhenFound.current = null
    if (outcome.kind === 'empty') {
      notify('info', t('desk.find.empty'))
      return then('find', true)
    }
    if (outcome.kind === 'found' && outcome.count === 0) notify('info', t('desk.find.none'))
    if (outcome.edited) return // typing the next search: the results are there, the keys stay in the box
    if (openNow && outcome.kind === 'found' && outcome.first) return openBooking(outcome.first)
    const found = outcome.kind === 'found' && outcome.count > 0
    then(found ? 'results' : 'find', !found)
  }, [clear, find, notify, t, focusAfter, stillThereLater, state.results, state.resultCursor, openBooking])

  /** Hold the slot at `index` (Enter on the cursor, or a click) and go on to the person details. */
  const holdAt = useCallback(
    (index: number) => {
      dispatch({ type: 'cursorTo', index })
      const then = focusAfter()
      void slots.hold(index).then((held) => {
        if (held) then(state.moving ? 'confirm' : 'person')
        else then('slots')
      })
    },
    [slots, state.moving, focusAfter, dispatch],
  )

  const commands: DeskCommands = useMemo(
    () => ({
      focusFind: () => {
        setHelp(false)
        setConfirming(false)
        focusSoon('find', true)
      },
      newBooking: () => {
        clear()
        setConfirming(false)
        dispatch({ type: 'newBooking' })
        form.start(find.recognised)
        focusSoon('types')
      },
      chooseType: (index) => {
        const type = types[index]
        if (!type) return
        if (state.mode !== 'new' && !state.moving) {
          dispatch({ type: 'newBooking' })
          form.start(find.recognised)
        }
        if (state.moving && type.code !== state.type) return // a move keeps the booking's type
        dispatch({ type: 'chooseType', code: type.code })
        focusSoon('slots')
      },
      changePeople: (delta) => {
        if (state.mode === 'new' && !state.moving)
          dispatch({ type: 'setPeople', people: state.people + delta })
      },
      focusSlots: () => focusSoon('slots'),
      focusPerson: () => focusSoon('person'),
      cursor: (delta) => dispatch({ type: 'cursor', delta }),
      resultCursor: (delta) => dispatch({ type: 'resultCursor', delta }),
      cursorDay: (delta) => dispatch({ type: 'cursorDay', delta }),
      hold: () => holdAt(state.cursor),
      book: () => {
        if (form.booking || open.busy) return // the first press is on its way; focus follows it
        const then = focusAfter()
        if (state.moving) {
          void open.confirmMove().then((moved) => {
            if (moved) refreshResults()
            then(moved ? 'readBack' : 'slots')
          })
        } else if (state.mode === 'new') {
          void form.book().then((id) => {
            if (id !== undefined) then(id ? 'readBack' : state.slots.length ? 'person' : 'slots')
          })
        }
      },
      resultsFocus: () => {
        if (state.results?.length) focusSoon('results')
      },
      openResult: () => {
        const booking = state.results?.[state.resultCursor]
        if (booking) openBooking(booking.id)
      },
      move: () => {
        if (!open.detail || !live) return
        dispatch({ type: 'startMove', code: open.detail.booking.type })
        focusSoon('slots')
      },
      cancel: () => {
        if (!live) return
        setConfirming(true)
        focusSoon('confirm')
      },
      attended: () => {
        const then = focusAfter()
        if (!live) return
        void open.changeStatus('attended').then(() => {
          refreshResults()
          then('detail')
        })
      },
      noShow: () => {
        const then = focusAfter()
        if (!live) return
        void open.changeStatus('no-show').then(() => {
          refreshResults()
          then('detail')
        })
      },
      printConfirmation: () => {
        if (open.detail) window.print()
      },
      dayList: () => {
        const date = open.detail?.booking.date ?? cursorSlot(state)?.date
        if (date) navigate(dayListPath(date))
      },
    }),
    [
      state,
      types,
      form,
      find,
      open,
      live,
      clear,
      focusSoon,
      focusAfter,
      openBooking,
      holdAt,
      refreshResults,
      setHelp,
      dispatch,
    ],
  )

  const confirmCancel = useCallback(
    async (reason?: string) => {
      const then = focusAfter()
      await open.changeStatus('cancel', reason)
      refreshResults()
      setConfirming(false)
      then('detail') // the status there now says キャンセル
    },
    [open, focusAfter, refreshResults],
  )

  useKeyTable('booking', mayWrite ? BOOKING_KEY_TABLE : READ_ONLY_KEY_TABLE, commands)

  return {
    t,
    mayWrite,
    types,
    state,
    dispatch,
    notice,
    confirming,
    setConfirming,
    confirmCancel,
    find,
    search,
    slots,
    form,
    open,
    openBooking,
    commands,
    holdAt,
    setRef,
    focusSoon,
  }
}

export type BookingDesk = ReturnType<typeof useBookingDesk>
