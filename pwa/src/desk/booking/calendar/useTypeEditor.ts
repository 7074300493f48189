import type { BookingTypeCode, BookingTypeDef } from '@madoguchi/shared'
import { fieldProblemsOf, UpdateBookingTypeRequest } from '@madoguchi/shared'
import { useCallback, useEffect, useState } from 'react'
import { ApiRequestError } from '../../../app/api'
import { errorText, fieldText } from '../../../app/errors'
import { knownKey, type Translate } from '../../../app/i18n'
import { bookingApi } from '../api'
import type { FieldErrors } from './calendar-form'
import { type TypeForm, typeFromForm, typeToForm } from './type-form'

/** The booking types and the one being edited: its form, problems and save. */
export function useTypeEditor(t: Translate) {
  const [types, setTypes] = useState<BookingTypeDef[] | null>(null)
  const [code, setCode] = useState<BookingTypeCode | null>(null)
  const [form, setForm] = useState<TypeForm | null>(null)
  const [fields, setFields] = useState<FieldErrors>({})
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)

  useEffect(() => {
    bookingApi
      .types()
      .then((list) => {
        setTypes(list.types)
        setCode((c) => c ?? list.types[0]?.code ?? null)
      })
      .catch((error) => setMessage({ ok: false, text: errorText(t, error) }))
  }, [t])

  const current = types?.find((x) => x.code === code) ?? null
  useEffect(() => {
    setForm(current ? typeToForm(current) : null)
    setFields({})
  }, [current])

  const choose = useCallback((next: BookingTypeCode) => {
    setCode(next)
    setMessage(null)
  }, [])

  const edit = useCallback((change: (draft: TypeForm) => void) => {
    setForm((f) => {
      if (!f) return f
      const draft = structuredClone(f)
      change(draft)
      return draft
    })
  }, [])

  const errorsAt = (path: string) => (fields[path] ?? []).map((p) => fieldText(t, p))

  const save = useCallback(async () => {
    if (!form || !code) return
    const body = typeFromForm(form)
    const checked = UpdateBookingTypeRequest.safeParse(body)
    if (!checked.success) {
      setFields(fieldProblemsOf(checked.error.issues, (k) => t(knownKey(k) ?? 'field.custom')))
      return setMessage({ ok: false, text: t('error.validation_failed') })
    }
    try {
      const saved = await bookingApi.saveType(code, checked.data)
      setTypes((list) => list?.map((x) => (x.code === saved.code ? saved : x)) ?? null)
      setMessage({ ok: true, text: t('desk.calendar.typeSaved') })
    } catch (error) {
      if (error instanceof ApiRequestError) setFields(error.fields)
      setMessage({ ok: false, text: errorText(t, error) })
    }
  }, [form, code, t])

  return { types, code, choose, form, edit, errorsAt, save, message, current }
}

export type TypeEditorState = ReturnType<typeof useTypeEditor>
