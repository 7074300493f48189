import { type CalendarDoc, type LocalDate, type MonthView, tokyoDate } from '@madoguchi/shared'
import { useCallback, useEffect, useState } from 'react'
import { errorText } from '../../../app/errors'
import type { Translate } from '../../../app/i18n'
import { useCan } from '../../../app/session'
import { bookingApi } from '../api'
import { monthOf } from './month-grid'

/** What the signed-in user may do here, from the permissions table the server's gate also reads. */
export function useCalendarRights(): { canEdit: boolean; canExport: boolean } {
  return { canEdit: useCan('calendar.edit'), canExport: useCan('booking.export') }
}

/**
 * The screen's data: the calendar document, the selected day and the month it lies in. The month is
 * read again when the selection crosses into another month, and after the calendar is saved.
 */
export function useCalendarData(t: Translate) {
  const [doc, setDoc] = useState<CalendarDoc | null>(null)
  const [selected, setSelected] = useState<LocalDate>(() => tokyoDate(Date.now()))
  const [view, setView] = useState<MonthView | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [monthStamp, setMonthStamp] = useState(0)
  const month = monthOf(selected)

  const reloadDoc = useCallback(async () => {
    try {
      setDoc(await bookingApi.calendar())
    } catch (error) {
      setProblem(errorText(t, error))
    }
  }, [t])

  useEffect(() => {
    void reloadDoc()
  }, [reloadDoc])

  useEffect(() => {
    let live = true
    void monthStamp // read again after a save
    bookingApi
      .month(month)
      .then((next) => {
        if (live) {
          setView(next)
          setProblem(null)
        }
      })
      .catch((error) => live && setProblem(errorText(t, error)))
    return () => {
      live = false
    }
  }, [month, t, monthStamp])

  /** The calendar was saved: keep the new document and read the month again. */
  const saved = useCallback((next: CalendarDoc) => {
    setDoc(next)
    setMonthStamp((n) => n + 1)
  }, [])

  // While another month loads, the last one stays on screen, so the grid keeps keyboard focus.
  return {
    doc,
    reloadDoc,
    saved,
    selected,
    setSelected,
    month,
    view,
    loading: view?.month !== month,
    problem,
  }
}
