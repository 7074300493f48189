import { describe, expect, it } from 'vitest'
import {
  type ChecklistInput,
  evaluateChecklist,
  isApplicationFormId,
  normaliseApplicationFormId,
} from './checklist'
import { DEFAULT_CHECKLIST_TEMPLATE as template } from './default-template'

const FORM_ID = '12345678901234567890123'
const base: ChecklistInput = {
  purpose: 'new_application',
  checks: {},
  applicationFormId: null,
  legalRepresentative: false,
  hasPhoto: false,
  noteCount: 0,
}
const complete: ChecklistInput = {
  ...base,
  checks: { a_drivers_license: 'ok', form_present: 'ok', consent_photo: 'ok', consent_application: 'ok' },
  applicationFormId: FORM_ID,
  hasPhoto: true,
}
const keys = (input: ChecklistInput) => evaluateChecklist(template, input).missing.map((m) => m.key)

describe('identity documents', () => {
  it('one group-A document is enough', () => {
    expect(evaluateChecklist(template, complete)).toMatchObject({ complete: true, missing: [] })
  })

  it('otherwise two group-B documents are needed, and one says "one more"', () => {
    const withB = (checks: ChecklistInput['checks']) => ({
      ...complete,
      checks: { ...complete.checks, a_drivers_license: 'missing' as const, ...checks },
    })
    expect(keys(withB({}))).toEqual(['checklist.missing.identity'])
    expect(keys(withB({ b_pension: 'ok' }))).toEqual(['checklist.missing.identityOneMoreB'])
    expect(keys(withB({ b_pension: 'ok', b_student_id: 'not_applicable' }))).toEqual([
      'checklist.missing.identityOneMoreB',
    ])
    expect(keys(withB({ b_pension: 'ok', b_student_id: 'ok' }))).toEqual([])
  })

  it('for an under-15 or an adult ward the representative shows their ID and proof of representation', () => {
    const rep = {
      ...complete,
      legalRepresentative: true,
      checks: { ...complete.checks, a_drivers_license: 'missing' as const },
    }
    expect(keys(rep)).toEqual([
      'checklist.missing.representativeIdentity',
      'checklist.missing.representativeProof',
    ])
    expect(keys({ ...rep, checks: { ...rep.checks, rep_identity: 'ok' } })).toEqual([
      'checklist.missing.representativeProof',
    ])
    expect(keys({ ...rep, checks: { ...rep.checks, rep_identity: 'ok', rep_proof: 'ok' } })).toEqual([])
  })
})

describe('the application form and its 申請書ID', () => {
  it('needs the form and a 23-digit ID; spaces as printed are fine', () => {
    expect(keys({ ...complete, checks: { ...complete.checks, form_present: 'missing' } })).toEqual([
      'checklist.missing.form',
    ])
    expect(keys({ ...complete, applicationFormId: null })).toEqual(['checklist.missing.formId'])
    expect(keys({ ...complete, applicationFormId: '1234' })).toEqual(['checklist.invalid.formId'])
    expect(keys({ ...complete, applicationFormId: '1234 5678 9012 3456 7890 123' })).toEqual([])
  })

  it('a form marked not applicable asks for no ID', () => {
    const input = {
      ...complete,
      applicationFormId: null,
      checks: { ...complete.checks, form_present: 'not_applicable' as const },
    }
    expect(keys(input)).toEqual([])
  })

  it('normalises spaces and full-width digits', () => {
    expect(normaliseApplicationFormId('１２３４ 5678　9012-3456 7890 123')).toBe(FORM_ID)
    expect(isApplicationFormId(FORM_ID)).toBe(true)
    expect(isApplicationFormId(`${FORM_ID}4`)).toBe(false)
    expect(isApplicationFormId('1234567890123456789012a')).toBe(false)
  })
})

describe('purposes', () => {
  it('a new intake says everything that is missing, each with its step', () => {
    const result = evaluateChecklist(template, base)
    expect(result.complete).toBe(false)
    expect(result.missing.map((m) => [m.step, m.key])).toEqual([
      ['identity', 'checklist.missing.identity'],
      ['form', 'checklist.missing.form'],
      ['photo', 'checklist.missing.photo'],
      ['review', 'checklist.missing.consent'],
      ['review', 'checklist.missing.consent'],
    ])
    expect(result.steps).toEqual({
      purpose: 'done',
      identity: 'missing',
      form: 'missing',
      photo: 'missing',
      consultation: 'optional',
      review: 'missing',
    })
  })

  it('photo only needs the photo and the photo consent', () => {
    const input = { ...base, purpose: 'photo_only' as const }
    expect(keys(input)).toEqual(['checklist.missing.photo', 'checklist.missing.consent'])
    const done = evaluateChecklist(template, { ...input, hasPhoto: true, checks: { consent_photo: 'ok' } })
    expect(done.complete).toBe(true)
    expect(done.steps).toMatchObject({ identity: 'not_needed', form: 'not_needed', photo: 'done' })
  })

  it('consultation only needs one consultation note', () => {
    const input = { ...base, purpose: 'consultation_only' as const }
    expect(keys(input)).toEqual(['checklist.missing.consultation'])
    expect(evaluateChecklist(template, { ...input, noteCount: 1 }).complete).toBe(true)
  })

  it('without a purpose only the purpose is asked for', () => {
    expect(keys({ ...base, purpose: null })).toEqual(['checklist.missing.purpose'])
  })

  it('the default template has every kind the rules read, with unique ids', () => {
    const ids = template.items.map((i) => i.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const kind of ['identity_a', 'identity_b', 'representative', 'form', 'consent']) {
      expect(template.items.some((i) => i.kind === kind)).toBe(true)
    }
    expect(ids).toEqual(expect.arrayContaining(['rep_identity', 'rep_proof', 'consent_photo']))
  })
})
