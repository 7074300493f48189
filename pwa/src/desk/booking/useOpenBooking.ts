import { type Booking, type BookingDetail, formatRef } from '@madoguchi/shared'
import { type Dispatch, useCallback, useEffect, useState } from 'react'
import { ApiRequestError } from '../../app/api'
import { errorText } from '../../app/errors'
import type { Translate } from '../../app/i18n'
import { linkToCall } from '../call/store'
import { bookingApi } from './api'
import { cursorSlot, type FlowAction, type FlowState } from './flow'
import type { Notify } from './notice'
import { settleHold } from './useSlotHold'

export type StatusAction = 'cancel' | 'attended' | 'no-show'

/** Everyone booked in the call: the open booking first, then the others of its group. */
export function partyOf(detail: BookingDetail): Booking[] {
  return [detail.booking, ...detail.group.filter((b) => b.id !== detail.booking.id)]
}

/**
 * The booking open on screen: its details, history and group, and the changes made to it. Every
 * change names the version it was made against; if someone changed the booking meanwhile (409
 * version_conflict) the screen reloads it and says so, and nothing is overwritten.
 */
export function useOpenBooking(
  state: FlowState,
  dispatch: Dispatch<FlowAction>,
  notify: Notify,
  t: Translate,
  offerInstead: (error: unknown) => boolean,
) {
  const [detail, setDetail] = useState<BookingDetail | null>(null)
  const [busy, setBusy] = useState(false)
  const id = state.openedId

  const load = useCallback(async () => {
    if (!id) return setDetail(null)
    try {
      setDetail(await bookingApi.detail(id))
    } catch (error) {
      notify('error', errorText(t, error))
    }
  }, [id, notify, t])

  useEffect(() => {
    setDetail(null)
    void load()
  }, [load])

  /** Conflicts reload; other failures just say what happened. */
  const failed = useCallback(
    async (error: unknown) => {
      if (offerInstead(error)) return
      notify('error', errorText(t, error))
      if (error instanceof ApiRequestError && ['version_conflict', 'booking_not_live'].includes(error.code)) {
        dispatch({ type: 'endMove' })
        await load()
      }
    },
    [dispatch, load, notify, offerInstead, t],
  )

  const confirmMove = useCallback(async (): Promise<boolean> => {
    const slot = state.hold ?? cursorSlot(state)
    if (!detail || !slot || busy) return false
    setBusy(true)
    try {
      await bookingApi.move(detail.booking.id, {
        date: slot.date,
        time: slot.time,
        holdId: state.hold?.id,
        expectedVersion: detail.booking.version,
      })
      settleHold(state.hold?.id)
      linkToCall('booking', detail.booking.id, 'moved', formatRef(detail.booking.ref))
      dispatch({ type: 'endMove' })
      dispatch({ type: 'happened', happened: { kind: 'moved', ids: [detail.booking.id] } })
      await load()
      notify('ok', t('desk.move.done'))
      return true
    } catch (error) {
      await failed(error)
      return false
    } finally {
      setBusy(false)
    }
  }, [state, detail, busy, dispatch, notify, t, load, failed])

  const changeStatus = useCallback(
    async (action: StatusAction, reason?: string): Promise<boolean> => {
      if (!detail || busy) return false
      setBusy(true)
      try {
        await bookingApi.status(detail.booking.id, action, detail.booking.version, reason)
        if (action === 'cancel') {
          linkToCall('booking', detail.booking.id, 'cancelled', formatRef(detail.booking.ref))
          dispatch({ type: 'happened', happened: { kind: 'cancelled', ids: [detail.booking.id] } })
        }
        await load()
        notify('ok', t(`desk.status.done.${action}`))
        return true
      } catch (error) {
        await failed(error)
        return false
      } finally {
        setBusy(false)
      }
    },
    [detail, busy, dispatch, notify, t, load, failed],
  )

  return { detail, busy, confirmMove, changeStatus, reload: load }
}
