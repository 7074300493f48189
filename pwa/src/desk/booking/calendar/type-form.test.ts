import { DEFAULT_BOOKING_TYPES } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import { typeFromForm, typeToForm } from './type-form'

describe('booking type form', () => {
  it('round-trips a type and drops rows left empty', () => {
    const type = DEFAULT_BOOKING_TYPES[0]
    if (!type) throw new Error('no types')
    const form = typeToForm(type)
    form.itemsToBring.push({ ja: ' ', en: '' })
    form.slots = '３'
    expect(typeFromForm(form)).toEqual({
      slots: 3,
      itemsToBring: type.itemsToBring,
      itemsToBringForProxy: type.itemsToBringForProxy,
    })
  })
})
