import { useCallback, useEffect, useMemo, useReducer, useState } from 'react'
import { useT } from '../../app/i18n'
import { navigate } from '../../app/navigation'
import { dayListPath } from '../../app/router'
import { cursorSlot, flowReducer, initialFlow } from './flow'
import { useFocusTargets } from './focus'
import { DESK_KEYS, type DeskCommands, findKey, keyOf, type Region } from './keys'
import { useNotice } from './notice'
import { useBookingTypes } from './useBookingTypes'
import { useFind } from './useFind'
import { useNewBooking } from './useNewBooking'
import { useOpenBooking } from './useOpenBooking'
import { useSlotHold } from './useSlotHold'

/**
 * A text box counts as empty for `?` when nothing is typed yet, or all of it is selected (Esc selects
 * the find box, ready to be typed over): nobody searches for a question mark.
 */
function untouched(input: HTMLInputElement): boolean {
  return input.value === '' || (input.selectionStart === 0 && input.selectionEnd === input.value.length)
}

/**
 * One phone call's workspace: the flow state, the I/O hooks around it, and the commands the key
 * table (keys.ts) and the buttons both call. Each command says where focus goes next.
 */
export function useBookingDesk() {
  const t = useT()
  const types = useBookingTypes()
  const [state, dispatch] = useReducer(flowReducer, initialFlow)
  const { notice, notify, clear } = useNotice()
  const { focusSoon, focusAfter, setRef } = useFocusTargets()
  const [help, setHelp] = useState(false)
  const [confirming, setConfirming] = useState(false)

  const find = useFind(dispatch, notify, t)
  const slots = useSlotHold(state, dispatch, notify, t)
  const form = useNewBooking(state, dispatch, notify, t, slots.offerInstead)
  const open = useOpenBooking(state, dispatch, notify, t, slots.offerInstead)
  const live = open.detail?.booking.status === 'booked'

  const search = useCallback(async () => {
    clear()
    const then = focusAfter()
    const outcome = await find.search()
    if (outcome.kind === 'stale') return // a newer search has the say now
    if (outcome.kind === 'empty') {
      notify('info', t('desk.find.empty'))
      return then('find', true)
    }
    if (outcome.kind === 'found' && outcome.count === 0) notify('info', t('desk.find.none'))
    if (outcome.edited) return // typing the next search: the results are there, the keys stay in the box
    const found = outcome.kind === 'found' && outcome.count > 0
    then(found ? 'results' : 'find', !found)
  }, [clear, find, notify, t, focusAfter])

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
    [clear, focusSoon],
  )

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
    [slots, state.moving, focusAfter],
  )

  const commands: DeskCommands = useMemo(
    () => ({
      focusFind: () => {
        setHelp(false)
        setConfirming(false)
        focusSoon('find', true)
      },
      toggleHelp: () => setHelp((shown) => !shown),
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
    [state, types, form, find, open, live, clear, focusSoon, focusAfter, openBooking, holdAt, refreshResults],
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

  // On the document, not the workspace: a key still works when focus has fallen to <body>.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.keyCode === 229) return // IME converting
      const target = event.target instanceof HTMLElement ? event.target : document.body
      const region = (target.closest('[data-region]')?.getAttribute('data-region') ?? 'other') as Region
      const text =
        target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type)
      const row = findKey(DESK_KEYS, keyOf(event), {
        region,
        inText: text || target instanceof HTMLTextAreaElement,
        textEmpty: text ? untouched(target as HTMLInputElement) : true,
      })
      if (!row) return
      event.preventDefault()
      row.perform(commands)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [commands])

  return {
    t,
    types,
    state,
    dispatch,
    notice,
    help,
    setHelp,
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
