import { describe, expect, it } from 'vitest'
import {
  type ChecklistInput,
  documentShown,
  evaluateChecklist,
  IDENTITY_GROUPS,
  photoConsented,
  withDocument,
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
  checks: { a_drivers_license: 'ok', form_present: 'ok' },
  consents: { consent_photo: 'agreed', consent_application: 'agreed' },
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
    // Documents not shown are simply not answered: the rule needs no explicit なし.
    expect(
      keys({ ...complete, checks: { b_pension: 'ok', b_student_id: 'ok', form_present: 'ok' } }),
    ).toEqual([])
  })

  it('groups the documents as the rule does: one of group A, or two of group B', () => {
    const groups = IDENTITY_GROUPS.map(({ kind, enough }) => ({
      enough,
      count: template.items.filter((i) => i.kind === kind).length,
    }))
    expect(groups).toEqual([
      { enough: 1, count: 9 },
      { enough: 2, count: 7 },
    ])
  })

  it('a document is picked when shown and unpicked by removing it: nothing is stored for the rest', () => {
    const picked = withDocument({ form_present: 'ok' }, 'a_passport', true)
    expect(picked).toEqual({ form_present: 'ok', a_passport: 'ok' })
    expect(documentShown(picked, 'a_passport')).toBe(true)
    expect(withDocument(picked, 'a_passport', false)).toEqual({ form_present: 'ok' })
    const steps = (checks: ChecklistInput['checks']) =>
      evaluateChecklist(template, { ...complete, checks }).steps
    expect(steps({ form_present: 'ok' }).identity).toBe('missing')
    expect(steps(picked).identity).toBe('done')
  })

  it('reads intakes saved with なし / 対象外 per document as not shown', () => {
    const legacy = { a_drivers_license: 'missing', a_passport: 'not_applicable', b_pension: 'ok' } as const
    expect(documentShown(legacy, 'a_drivers_license')).toBe(false)
    expect(documentShown(legacy, 'a_passport')).toBe(false)
    expect(keys({ ...complete, checks: { ...legacy, form_present: 'ok' } })).toEqual([
      'checklist.missing.identityOneMoreB',
    ])
    // Picking a document over an old なし makes it shown.
    const picked = withDocument({ ...legacy, form_present: 'ok' }, 'a_drivers_license', true)
    expect(keys({ ...complete, checks: picked })).toEqual([])
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
    expect(keys({ ...complete, applicationFormId: '1234' })).toEqual(['checklist.invalid.formIdShort'])
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

  it('says how many digits are missing, and refuses one digit repeated, until the ID is well-formed', () => {
    const missing = (id: string) =>
      evaluateChecklist(template, { ...complete, applicationFormId: id }).missing
    expect(missing('12345')).toEqual([{ step: 'form', key: 'checklist.invalid.formIdShort', count: 18 }])
    expect(missing('0'.repeat(23))).toEqual([{ step: 'form', key: 'checklist.invalid.formIdSameDigit' }])
    expect(missing('abc')).toEqual([{ step: 'form', key: 'checklist.invalid.formId' }])
    const steps = evaluateChecklist(template, { ...complete, applicationFormId: '12345' }).steps
    expect(steps.form).toBe('missing')
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
      ['photo', 'checklist.missing.consent'],
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
    const done = evaluateChecklist(template, {
      ...input,
      hasPhoto: true,
      consents: { consent_photo: 'agreed' },
    })
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

describe("consents are the visitor's answer, asked before the camera opens", () => {
  it('the photo consent is part of the photo step; 同意なし says why there is no photo', () => {
    const declined = {
      ...complete,
      hasPhoto: false,
      consents: { ...complete.consents, consent_photo: 'declined' as const },
    }
    const result = evaluateChecklist(template, declined)
    expect(result.missing).toEqual([
      { step: 'photo', key: 'checklist.declined.photoConsent', itemId: 'consent_photo' },
    ])
    expect(result.steps.photo).toBe('missing')
    expect(photoConsented(declined)).toBe(false)
    expect(photoConsented(complete)).toBe(true)
    expect(photoConsented({ checks: {} })).toBe(false)
  })

  it('a declined application consent leaves the intake incomplete, saying so', () => {
    const input = {
      ...complete,
      consents: { ...complete.consents, consent_application: 'declined' as const },
    }
    expect(keys(input)).toEqual(['checklist.declined.consent'])
  })

  it('reads an older record that kept consents in checks: 確認済 agreed, なし declined, 対象外 asked again', () => {
    const legacy = (photo: 'ok' | 'missing' | 'not_applicable') => ({
      ...complete,
      consents: undefined,
      checks: { ...complete.checks, consent_photo: photo, consent_application: 'ok' as const },
    })
    expect(keys(legacy('ok'))).toEqual([])
    expect(keys(legacy('missing'))).toEqual(['checklist.declined.photoConsent'])
    expect(keys(legacy('not_applicable'))).toEqual(['checklist.missing.consent'])
  })
})
