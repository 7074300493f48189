import { describe, expect, it } from 'vitest'
import { DEFAULT_CHECKLIST_TEMPLATE } from './default-template'
import {
  countCompleteness,
  evaluateIntakes,
  type IntakeForChecklist,
  resolveTemplate,
} from './session-checklist'
import type { ChecklistTemplate } from './template'

const v2: ChecklistTemplate = {
  ...DEFAULT_CHECKLIST_TEMPLATE,
  version: 2,
  items: DEFAULT_CHECKLIST_TEMPLATE.items.slice(0, 3),
}

describe('resolveTemplate', () => {
  it('takes the exact version, else the built-in copy of it, else the newest of the same template', () => {
    expect(resolveTemplate([v2, DEFAULT_CHECKLIST_TEMPLATE], 'default', 2)).toBe(v2)
    expect(resolveTemplate([v2], 'default', 1)).toBe(DEFAULT_CHECKLIST_TEMPLATE)
    expect(resolveTemplate([v2], 'default', 9)).toBe(v2)
    expect(resolveTemplate([], 'unknown', 1)).toBe(DEFAULT_CHECKLIST_TEMPLATE)
    expect(resolveTemplate([v2])).toBe(v2) // a new intake starts on the newest default
  })
})

describe('evaluateIntakes', () => {
  const base: IntakeForChecklist = {
    id: 'a',
    purpose: 'consultation_only',
    checks: {},
    applicationFormId: null,
    legalRepresentative: false,
    templateId: 'default',
    templateVersion: 1,
  }
  const photoOnly = {
    ...base,
    id: 'b',
    purpose: 'photo_only' as const,
    checks: { consent_photo: 'ok' as const },
  }

  it('counts each photo and note for the intake it belongs to only', () => {
    const held = {
      photos: [{ intakeId: 'b' }],
      notes: [{ intakeId: 'a' }, { intakeId: null }],
    }
    const results = evaluateIntakes([base, photoOnly], held, [])
    expect(results.get('a')?.complete).toBe(true)
    expect(results.get('b')?.complete).toBe(true)
    const none = evaluateIntakes([base, photoOnly], { photos: [], notes: [{ intakeId: null }] }, [])
    expect(none.get('a')?.missing.map((m) => m.key)).toEqual(['checklist.missing.consultation'])
    expect(none.get('b')?.missing.map((m) => m.key)).toEqual(['checklist.missing.photo'])
    expect(countCompleteness([...results.values(), ...none.values()])).toEqual({ complete: 2, incomplete: 2 })
  })
})
