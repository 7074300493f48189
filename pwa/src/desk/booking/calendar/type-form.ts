import type { BookingTypeDef, UpdateBookingTypeRequest } from '@madoguchi/shared'
import { numberOf } from './calendar-form'

/** A booking type as its editor holds it: the length as typed, items as rows of ja/en. */
export interface TypeForm {
  slots: string
  itemsToBring: { ja: string; en: string }[]
  itemsToBringForProxy: { ja: string; en: string }[]
}

export function typeToForm(type: BookingTypeDef): TypeForm {
  return {
    slots: String(type.slots),
    itemsToBring: type.itemsToBring.map((i) => ({ ...i })),
    itemsToBringForProxy: type.itemsToBringForProxy.map((i) => ({ ...i })),
  }
}

/** The change to send; rows left empty in both languages are dropped. */
export function typeFromForm(form: TypeForm): UpdateBookingTypeRequest {
  const rows = (items: TypeForm['itemsToBring']) =>
    items
      .filter((i) => i.ja.trim() !== '' || i.en.trim() !== '')
      .map((i) => ({ ja: i.ja.trim(), en: i.en.trim() }))
  return {
    slots: numberOf(form.slots),
    itemsToBring: rows(form.itemsToBring),
    itemsToBringForProxy: rows(form.itemsToBringForProxy),
  }
}
