import type { CalendarDoc, FieldProblem } from '@madoguchi/shared'
import { useCallback, useEffect, useState } from 'react'
import { ApiRequestError } from '../../../app/api'
import { errorText, fieldText } from '../../../app/errors'
import { knownKey, type Translate } from '../../../app/i18n'
import { bookingApi, strandedBookings } from '../api'
import { type CalendarForm, checkForm, type FieldErrors, formFieldErrors, toForm } from './calendar-form'

export type Stranded = NonNullable<ReturnType<typeof strandedBookings>>

export type EditorStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'invalid' }
  | { kind: 'stranded'; bookings: Stranded }
  | { kind: 'conflict' }
  | { kind: 'failed'; text: string }

/**
 * The calendar editor: the form, its field problems and the save. Save sends the whole calendar with
 * the version it was loaded at. A refusal that would strand bookings keeps the edit and lists them;
 * someone else's change in between reloads the calendar and says so.
 */
export function useCalendarEditor(
  doc: CalendarDoc | null,
  t: Translate,
  reload: () => Promise<void>,
  onSaved: (doc: CalendarDoc) => void,
) {
  const [form, setForm] = useState<CalendarForm | null>(null)
  const [fields, setFields] = useState<FieldErrors>({})
  const [status, setStatus] = useState<EditorStatus>({ kind: 'idle' })

  useEffect(() => {
    if (doc) setForm(toForm(doc.calendar))
    setFields({})
  }, [doc])

  /** Change the form through a copy, so React sees a new object. */
  const edit = useCallback((change: (draft: CalendarForm) => void) => {
    setForm((current) => {
      if (!current) return current
      const draft = structuredClone(current)
      change(draft)
      return draft
    })
  }, [])

  const errorsAt = useCallback(
    (path: string): string[] => (fields[path] ?? []).map((p: FieldProblem) => fieldText(t, p)),
    [fields, t],
  )

  const save = useCallback(async () => {
    if (!form || !doc || status.kind === 'saving') return // a double click saves once
    const checked = checkForm(form, (key) => {
      const known = knownKey(key)
      return known ? t(known) : key
    })
    if (!checked.ok) {
      setFields(checked.fields)
      setStatus({ kind: 'invalid' })
      return
    }
    setFields({})
    setStatus({ kind: 'saving' })
    try {
      onSaved(await bookingApi.saveCalendar(doc.version, checked.calendar))
      setStatus({ kind: 'saved' })
    } catch (error) {
      const stranded = strandedBookings(error)
      if (stranded) return setStatus({ kind: 'stranded', bookings: stranded })
      if (error instanceof ApiRequestError && error.code === 'version_conflict') {
        setStatus({ kind: 'conflict' })
        return reload()
      }
      if (error instanceof ApiRequestError && error.code === 'validation_failed') {
        setFields(formFieldErrors(error.fields))
        return setStatus({ kind: 'invalid' })
      }
      setStatus({ kind: 'failed', text: errorText(t, error) })
    }
  }, [form, doc, status.kind, t, onSaved, reload])

  /** Put the form back as the server has it. */
  const reset = useCallback(() => {
    if (doc) setForm(toForm(doc.calendar))
    setFields({})
    setStatus({ kind: 'idle' })
  }, [doc])

  return { form, edit, errorsAt, save, reset, status }
}

export type CalendarEditorState = ReturnType<typeof useCalendarEditor>
