import { describe, expect, it } from 'vitest'
import { stepToFix } from './rejected'

const problem = [{ code: 'individual_number', message: '…' }]

describe('stepToFix: where staff fix a refused record', () => {
  it("opens a photo's and a note's own step", () => {
    expect(stepToFix({ entity: 'photo', rejection: { code: 'hash_mismatch', message: '' } })).toBe('photo')
    expect(
      stepToFix({ entity: 'consultation_note', rejection: { code: 'individual_number', message: '' } }),
    ).toBe('consultation')
  })

  it('opens the step of the first intake field the server named', () => {
    const refused = (fields: Record<string, typeof problem>) => ({
      entity: 'intake' as const,
      rejection: { code: 'individual_number', message: '', fields },
    })
    expect(stepToFix(refused({ 'data.memo': problem }))).toBe('form')
    expect(stepToFix(refused({ 'data.checks.doc_license': problem }))).toBe('identity')
    expect(stepToFix(refused({ 'data.consents.consent_photo': problem }))).toBe('photo')
    expect(stepToFix(refused({ 'data.unknownThing': problem, 'data.purpose': problem }))).toBe('purpose')
  })

  it('opens the review step when no field is named', () => {
    expect(stepToFix({ entity: 'intake', rejection: { code: 'mismatch', message: '' } })).toBe('review')
    expect(stepToFix({ entity: 'intake', rejection: { code: 'invalid', message: '', fields: {} } })).toBe(
      'review',
    )
  })
})
