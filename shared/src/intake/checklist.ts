import type { CheckState, IntakePurpose } from './records'
import type { ChecklistTemplate } from './template'

/**
 * The checklist completeness rules (domain-facts.md): identity by one group-A document, two
 * group-B documents, or the legal-representative path; the application form with a well-formed
 * 申請書ID; the consents. What the visitor came for decides which of these apply. The result says
 * what is still missing as catalog keys, so the tablet, the server and reports word it the same way.
 */

/** The intake's steps, in the order staff walk them. */
export const INTAKE_STEPS = ['purpose', 'identity', 'form', 'photo', 'consultation', 'review'] as const
export type IntakeStep = (typeof INTAKE_STEPS)[number]

/** `optional`: may be done, nothing is missing without it. */
export type StepStatus = 'done' | 'missing' | 'optional' | 'not_needed'

export const MISSING_KEYS = [
  'checklist.missing.purpose',
  'checklist.missing.identity',
  'checklist.missing.identityOneMoreB',
  'checklist.missing.representativeIdentity',
  'checklist.missing.representativeProof',
  'checklist.missing.form',
  'checklist.missing.formId',
  'checklist.invalid.formId',
  'checklist.missing.consent',
  'checklist.missing.photo',
  'checklist.missing.consultation',
] as const
export type MissingKey = (typeof MISSING_KEYS)[number]

/** One thing still missing; `itemId` names the template item when there is one (e.g. a consent). */
export interface Missing {
  step: IntakeStep
  key: MissingKey
  itemId?: string
}

export interface ChecklistInput {
  purpose: IntakePurpose | null
  checks: Record<string, CheckState>
  applicationFormId: string | null
  legalRepresentative: boolean
  hasPhoto: boolean
  noteCount: number
}

export interface ChecklistResult {
  complete: boolean
  missing: Missing[]
  steps: Record<IntakeStep, StepStatus>
}

/** Which parts an intake needs, by purpose. A photo-only visit needs no identity check or form. */
export interface Needs {
  identity: boolean
  form: boolean
  photo: boolean
  consultation: boolean
  /** Consent item ids that apply. */
  consents: 'all' | 'photo' | 'none'
}

export function needsFor(purpose: IntakePurpose): Needs {
  switch (purpose) {
    case 'photo_only':
      return { identity: false, form: false, photo: true, consultation: false, consents: 'photo' }
    case 'consultation_only':
      return { identity: false, form: false, photo: false, consultation: true, consents: 'none' }
    default:
      return { identity: true, form: true, photo: true, consultation: false, consents: 'all' }
  }
}

/** A 申請書ID is 23 half-width digits; staff may type it with spaces as printed. */
export function normaliseApplicationFormId(text: string): string {
  return text.replace(/[\s\u3000-]/g, '').replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))
}

export function isApplicationFormId(text: string): boolean {
  return /^\d{23}$/.test(normaliseApplicationFormId(text))
}

function okCount(template: ChecklistTemplate, checks: Record<string, CheckState>, kind: string): number {
  return template.items.filter((item) => item.kind === kind && checks[item.id] === 'ok').length
}

/** The identity rule: one of group A, or two of group B, or (for a representative) their ID and proof. */
export function identityMissing(template: ChecklistTemplate, input: ChecklistInput): Missing[] {
  const step = 'identity'
  if (input.legalRepresentative) {
    const missing: Missing[] = []
    if (input.checks.rep_identity !== 'ok')
      missing.push({ step, key: 'checklist.missing.representativeIdentity' })
    if (input.checks.rep_proof !== 'ok') missing.push({ step, key: 'checklist.missing.representativeProof' })
    return missing
  }
  if (okCount(template, input.checks, 'identity_a') >= 1) return []
  const groupB = okCount(template, input.checks, 'identity_b')
  if (groupB >= 2) return []
  return [{ step, key: groupB === 1 ? 'checklist.missing.identityOneMoreB' : 'checklist.missing.identity' }]
}

/**
 * The form must be present and its 申請書ID well-formed. Marking the form `not_applicable` is a
 * deliberate staff decision (e.g. the city will post a new one), so then no ID is asked for.
 */
export function formMissing(template: ChecklistTemplate, input: ChecklistInput): Missing[] {
  const step = 'form'
  const missing: Missing[] = []
  for (const item of template.items.filter((i) => i.kind === 'form')) {
    const state = input.checks[item.id]
    if (state === 'not_applicable') continue
    if (state !== 'ok') {
      missing.push({ step, key: 'checklist.missing.form', itemId: item.id })
      continue
    }
    const id = input.applicationFormId ?? ''
    if (id === '') missing.push({ step, key: 'checklist.missing.formId' })
    else if (!isApplicationFormId(id)) missing.push({ step, key: 'checklist.invalid.formId' })
  }
  return missing
}

/** Consents must be answered `ok`, or deliberately `not_applicable`. */
export function consentMissing(template: ChecklistTemplate, input: ChecklistInput, which: Needs['consents']) {
  if (which === 'none') return []
  return template.items
    .filter((item) => item.kind === 'consent')
    .filter((item) => which === 'all' || item.id === 'consent_photo')
    .filter((item) => input.checks[item.id] !== 'ok' && input.checks[item.id] !== 'not_applicable')
    .map((item): Missing => ({ step: 'review', key: 'checklist.missing.consent', itemId: item.id }))
}

export function evaluateChecklist(template: ChecklistTemplate, input: ChecklistInput): ChecklistResult {
  if (!input.purpose) {
    const steps = Object.fromEntries(INTAKE_STEPS.map((s) => [s, 'optional'])) as Record<
      IntakeStep,
      StepStatus
    >
    steps.purpose = 'missing'
    return { complete: false, missing: [{ step: 'purpose', key: 'checklist.missing.purpose' }], steps }
  }
  const needs = needsFor(input.purpose)
  const missing: Missing[] = [
    ...(needs.identity ? identityMissing(template, input) : []),
    ...(needs.form ? formMissing(template, input) : []),
    ...(needs.photo && !input.hasPhoto ? [{ step: 'photo', key: 'checklist.missing.photo' } as Missing] : []),
    ...(needs.consultation && input.noteCount === 0
      ? [{ step: 'consultation', key: 'checklist.missing.consultation' } as Missing]
      : []),
    ...consentMissing(template, input, needs.consents),
  ]
  const has = (step: IntakeStep) => missing.some((m) => m.step === step)
  const status = (step: IntakeStep, needed: boolean, done: boolean): StepStatus =>
    has(step) ? 'missing' : needed || done ? 'done' : 'optional'
  const steps: Record<IntakeStep, StepStatus> = {
    purpose: 'done',
    identity: needs.identity ? status('identity', true, true) : 'not_needed',
    form: needs.form ? status('form', true, true) : 'not_needed',
    photo: needs.photo ? status('photo', true, true) : input.hasPhoto ? 'done' : 'not_needed',
    consultation: status('consultation', needs.consultation, input.noteCount > 0),
    review: has('review') ? 'missing' : missing.length === 0 ? 'done' : 'optional',
  }
  return { complete: missing.length === 0, missing, steps }
}
