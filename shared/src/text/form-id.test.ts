import { describe, expect, it } from 'vitest'
import { IntakeRecord } from '../intake/records'
import {
  acceptFormIdInput,
  applicationFormIdProblem,
  isApplicationFormId,
  normaliseApplicationFormId,
} from './form-id'

const FORM_ID = '12345678901234567890123'

describe('申請書ID', () => {
  it('folds full-width digits and removes spaces and hyphens as printed', () => {
    expect(normaliseApplicationFormId('１２３４ 5678　9012-3456 7890 123')).toBe(FORM_ID)
    expect(normaliseApplicationFormId('1234－5678ー9012')).toBe('123456789012')
    expect(isApplicationFormId('１２３４ 5678　9012-3456 7890 123')).toBe(true)
  })

  it('says how many digits are missing or extra', () => {
    expect(applicationFormIdProblem('')).toEqual({ code: 'empty' })
    expect(applicationFormIdProblem('12345')).toEqual({ code: 'short', count: 18 })
    expect(applicationFormIdProblem(`${FORM_ID}45`)).toEqual({ code: 'long', count: 2 })
  })

  it('refuses letters and one digit repeated', () => {
    expect(applicationFormIdProblem('abc')).toEqual({ code: 'not_digits' })
    expect(applicationFormIdProblem('1234567890123456789012a')).toEqual({ code: 'not_digits' })
    expect(applicationFormIdProblem('0'.repeat(23))).toEqual({ code: 'same_digit' })
    expect(applicationFormIdProblem('７'.repeat(23))).toEqual({ code: 'same_digit' })
    expect(applicationFormIdProblem(FORM_ID)).toBeNull()
  })

  it('refuses non-digits as typed and names them, keeping digits and separators', () => {
    expect(acceptFormIdInput('abc')).toEqual({ value: '', refused: 'abc' })
    expect(acceptFormIdInput('１２3a4 5-6')).toEqual({ value: '1234 5-6', refused: 'a' })
    expect(acceptFormIdInput('1234 5678')).toEqual({ value: '1234 5678', refused: null })
  })

  it('the synced intake schema refuses the same IDs, so the server does too', () => {
    const intake = {
      id: '0190a5c8-0000-7000-8000-000000000001',
      sessionId: '0190a5c8-0000-7000-8000-000000000002',
      visitorNo: 1,
      purpose: 'new_application',
      templateId: 'default',
      templateVersion: 1,
      checks: {},
      legalRepresentative: false,
      memo: '',
      createdAt: '2026-12-02T01:00:00.000Z',
      updatedAt: '2026-12-02T01:00:00.000Z',
      version: 1,
    }
    expect(IntakeRecord.safeParse({ ...intake, applicationFormId: FORM_ID }).success).toBe(true)
    expect(IntakeRecord.safeParse({ ...intake, applicationFormId: '0'.repeat(23) }).success).toBe(false)
    expect(IntakeRecord.safeParse({ ...intake, applicationFormId: '12345' }).success).toBe(false)
    // An intake queued before consents had their own field (consents in checks) is still accepted.
    const legacy = { ...intake, applicationFormId: null, checks: { consent_photo: 'not_applicable' } }
    expect(IntakeRecord.safeParse(legacy).success).toBe(true)
    expect(IntakeRecord.safeParse({ ...legacy, consents: { consent_photo: 'agreed' } }).success).toBe(true)
  })
})
