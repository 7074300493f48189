import { describe, expect, it } from 'vitest'
import { DEFAULT_CHECKLIST_TEMPLATE } from './default-template'
import { checklistCounts } from './tally'

describe('the office review counts', () => {
  it('counts no 未確認 for a complete visitor: documents not picked are not questions left open', () => {
    const counts = checklistCounts(DEFAULT_CHECKLIST_TEMPLATE, {
      purpose: 'new_application',
      checks: { a_drivers_license: 'ok', form_present: 'ok' },
      consents: { consent_photo: 'agreed', consent_application: 'agreed' },
    })
    expect(counts).toEqual({ ok: 4, missing: 0, notApplicable: 0, unanswered: 0 })
  })

  it('counts what applies and is still unanswered, by purpose', () => {
    const application = checklistCounts(DEFAULT_CHECKLIST_TEMPLATE, {
      purpose: 'new_application',
      checks: { a_drivers_license: 'ok' },
    })
    expect(application.unanswered).toBe(3) // the form and both consents
    const photoOnly = checklistCounts(DEFAULT_CHECKLIST_TEMPLATE, { purpose: 'photo_only', checks: {} })
    expect(photoOnly.unanswered).toBe(1) // the photo consent
    const consultation = checklistCounts(DEFAULT_CHECKLIST_TEMPLATE, {
      purpose: 'consultation_only',
      checks: {},
    })
    expect(consultation.unanswered).toBe(0)
    expect(checklistCounts(DEFAULT_CHECKLIST_TEMPLATE, { purpose: null, checks: {} }).unanswered).toBe(0)
  })
})
