import {
  DEFAULT_CHECKLIST_TEMPLATE,
  evaluateIntakes,
  type IntakeForChecklist,
  type ReviewIntake,
} from '@madoguchi/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadCatalog } from '../../app/i18n'
import { missingWords } from './checklist'

const labels = Object.fromEntries(DEFAULT_CHECKLIST_TEMPLATE.items.map((i) => [i.id, i.label]))
const intake: IntakeForChecklist = {
  id: 'i1',
  purpose: 'renewal',
  templateId: 'default',
  templateVersion: 1,
  checks: { b_pension: 'ok', form_present: 'ok', consent_application: 'ok' },
  applicationFormId: '12345678901234567890123',
  legalRepresentative: false,
}

function reviewed(held: { photo: boolean }): Pick<ReviewIntake, 'checklist' | 'itemLabels'> {
  const photos = held.photo ? [{ intakeId: 'i1' }] : []
  const result = evaluateIntakes([intake], { photos, notes: [] }, [DEFAULT_CHECKLIST_TEMPLATE]).get('i1')
  if (!result) throw new Error('no result')
  return { checklist: { complete: result.complete, missing: result.missing }, itemLabels: labels }
}

describe('review: what is missing, in words', () => {
  // The desk shows English once its catalog has loaded (app/i18n.ts); so does the test.
  beforeAll(() => loadCatalog('en'))

  it('words each missing item as the tablet does, naming the consent in the reader language', () => {
    expect(missingWords(reviewed({ photo: false }), 'ja')).toEqual([
      '本人確認書類: B群があと1点必要です。',
      '顔写真がまだありません。',
      '同意をまだ伺っていません: 顔写真の撮影と利用への同意',
    ])
    expect(missingWords(reviewed({ photo: true }), 'en')).toEqual([
      'Identity: one more group-B document is needed.',
      'Consent not asked yet: Consent to take and use the face photo',
    ])
  })

  it('says nothing is missing when the rule is met', () => {
    const done = { ...intake, checks: { ...intake.checks, b_student_id: 'ok', consent_photo: 'ok' } } as const
    const result = evaluateIntakes([done], { photos: [{ intakeId: 'i1' }], notes: [] }, []).get('i1')
    expect(result?.complete).toBe(true)
    expect(missingWords({ checklist: { complete: true, missing: [] }, itemLabels: labels }, 'ja')).toEqual([])
  })
})
