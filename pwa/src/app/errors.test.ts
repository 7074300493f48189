import { translate } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import { ApiRequestError, networkError } from './api'
import { errorText, fieldText } from './errors'
import type { Translate } from './i18n'

const ja: Translate = (key, params) => translate('ja', key, params)
const en: Translate = (key, params) => translate('en', key, params)

describe('errorText', () => {
  it('uses the catalog sentence for a known code, in the UI language', () => {
    const error = new ApiRequestError(401, 'invalid_credentials', 'server words')
    expect(errorText(ja, error)).toBe('ログインIDまたはパスワードが違います。')
    expect(errorText(en, error)).toBe('The login ID or password is wrong.')
    expect(errorText(en, networkError())).toBe('Cannot reach the server. Check the network.')
  })

  it("falls back to the server's message for an unknown code, and never shows a bare failure", () => {
    // A code the catalog does not know yet (slot_full used to be one, until bookings named it).
    expect(errorText(ja, new ApiRequestError(409, 'future_code', 'この枠は満員です。'))).toBe(
      'この枠は満員です。',
    )
    expect(errorText(ja, new ApiRequestError(500, 'mystery', ''))).toBe(translate('ja', 'error.internal'))
    expect(errorText(ja, new Error('boom'))).toBe(translate('ja', 'error.internal'))
  })
})

describe('fieldText', () => {
  it('translates known field codes and keeps the server message otherwise', () => {
    expect(fieldText(en, { code: 'required', message: '入力してください。' })).toBe('Required.')
    expect(fieldText(en, { code: 'odd_rule', message: 'Server says no.' })).toBe('Server says no.')
  })
})
