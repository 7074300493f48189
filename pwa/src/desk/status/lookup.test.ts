import { spokenFormId, syntheticFormId } from '@madoguchi/shared/status/test-files'
import { describe, expect, it } from 'vitest'
import { boxHint, withStatusCategory } from './lookup'

describe('the status box', () => {
  it('counts down the missing digits, accepts a spoken ID, names a wrong one', () => {
    expect(boxHint('')).toMatchObject({ key: 'status.box.hint', ok: false })
    expect(boxHint('１２３４ ５６')).toMatchObject({ key: 'field.form_id_short', params: { count: 17 } })
    expect(boxHint(spokenFormId(syntheticFormId(7)))).toMatchObject({ ok: true })
    expect(boxHint('1234a')).toMatchObject({ key: 'field.form_id_not_digits', ok: false })
    expect(boxHint('0'.repeat(23))).toMatchObject({ key: 'field.form_id_same_digit', ok: false })
  })

  it('adds 申請状況の確認 to the call log once', () => {
    expect(withStatusCategory(['booking_new'])).toEqual(['booking_new', 'application_status'])
    expect(withStatusCategory(['application_status'])).toEqual(['application_status'])
  })
})
