import { type KeyboardEvent, useCallback, useMemo, useReducer, useState } from 'react'
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
 * One phone call's workspace: the flow state, the I/O hooks around it, and the commands the key
 * table (keys.ts) and the buttons both call. Each command says where focus goes next.
 */
export function useBookingDesk() {
  const t = useT()
  const types = useBookingTypes()
  const [state, dispatch] = useReducer(flowReducer, initialFlow)
  const { notice, notify, clear } = useNotice()
  const { focusSoon, setRef } = useFocusTargets()
  const [help, setHelp] = useState(false)
  const [confirming, setConfirming] = useState(false)

  const find = useFind(dispatch, notify, t)
  const slots = useSlotHold(state, dispatch, notify, t)
  const form = useNewBooking(state, dispatch, notify, t, slots.offerInstead)
  const open = useOpenBooking(state, dispatch, notify, t, slots.offerInstead)
  const live = open.detail?.booking.status === 'booked'

  const search = useCallback(async () => {
    clear()
    const found = await find.search()
    if (found === 0) notify('info', t('desk.find.none'))
    focusSoon(found > 0 ? 'results' : 'find', found === 0)
  }, [clear, find, notify, t, focusSoon])

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
      void slots.hold(index).then((held) => {
        if (held) focusSoon(state.moving ? 'confirm' : 'person')
        else focusSoon('slots')
      })
    },
    [slots, state.moving, focusSoon],
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
        form.start(find.searched ?? find.recognised)
        focusSoon('types')
      },
      chooseType: (index) => {
        const type = types[index]
        if (!type) return
        if (state.mode !== 'new' && !state.moving) {
          dispatch({ type: 'newBooking' })
          form.start(find.searched ?? find.recognised)
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
        if (state.moving) {
          void open.confirmMove().then((moved) => focusSoon(moved ? 'readBack' : 'slots'))
        } else if (state.mode === 'new') {
          void form.book().then((id) => focusSoon(id ? 'readBack' : state.slots.length ? 'person' : 'slots'))
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
        if (live) void open.changeStatus('attended').then(() => focusSoon('detail'))
      },
      noShow: () => {
        if (live) void open.changeStatus('no-show').then(() => focusSoon('detail'))
      },
      printConfirmation: () => {
        if (open.detail) window.print()
      },
      dayList: () => {
        const date = open.detail?.booking.date ?? cursorSlot(state)?.date
        if (date) navigate(dayListPath(date))
      },
    }),
    [state, types, form, find, open, live, clear, focusSoon, openBooking, holdAt],
  )

  const confirmCancel = useCallback(async () => {
    await open.changeStatus('cancel')
    setConfirming(false)
    focusSoon('detail') // the status there now says キャンセル
  }, [open, focusSoon])

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.nativeEvent.isComposing || event.keyCode === 229) return // an IME is converting
      const target = event.target as HTMLElement
      const region = (target.closest('[data-region]')?.getAttribute('data-region') ?? 'other') as Region
      const text =
        target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type)
      const row = findKey(DESK_KEYS, keyOf(event), {
        region,
        inText: text || target instanceof HTMLTextAreaElement,
        textEmpty: text ? (target as HTMLInputElement).value === '' : true,
      })
      if (!row) return
      event.preventDefault()
      row.perform(commands)
    },
    [commands],
  )

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
    onKeyDown,
    setRef,
    focusSoon,
  }
}

export type BookingDesk = ReturnType<typeof useBookingDesk>
