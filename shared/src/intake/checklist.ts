import { applicationFormIdProblem } from '../text/form-id'
import { type ConsentAnswer, consentOf } from './consent'
import type { CheckState, IntakePurpose } from './records'
import type { ChecklistItem, ChecklistTemplate } from './template'

/**
 * The checklist completeness rules (docs/design/domain-facts.md): identity by one group-A document,
 * two group-B documents, or the legal-representative path; the application form with a well-formed
 * 申請書ID; the consents. What the visitor came for decides which of these apply. The result says what
 * is still missing as catalog keys, so the tablet, the server and reports word it the same way.
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
  'checklist.invalid.formIdShort',
  'checklist.invalid.formIdLong',
  'checklist.invalid.formIdSameDigit',
  'checklist.missing.consent',
  'checklist.declined.consent',
  'checklist.declined.photoConsent',
  'checklist.missing.photo',
  'checklist.missing.consultation',
] as const
export type MissingKey = (typeof MISSING_KEYS)[number]

/** One thing still missing; `itemId` names the template item when there is one (e.g. a consent). */
export interface Missing {
  step: IntakeStep
  key: MissingKey
  itemId?: string
  /** A number the wording needs (how many digits of the 申請書ID are missing or extra). */
  count?: number
}

export interface ChecklistInput {
  purpose: IntakePurpose | null
  checks: Record<string, CheckState>
  /** Consent item id → the visitor's answer; older records kept consents in `checks` (see consent.ts). */
  consents?: Record<string, ConsentAnswer>
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

function okCount(template: ChecklistTemplate, checks: Record<string, CheckState>, kind: string): number {
  return template.items.filter((item) => item.kind === kind && checks[item.id] === 'ok').length
}

/**
 * The identity documents as the rule groups them: how many of a group's documents are enough. Staff
 * pick only the documents the visitor shows; a document not picked was simply not shown.
 */
export const IDENTITY_GROUPS = [
  { kind: 'identity_a', enough: 1 },
  { kind: 'identity_b', enough: 2 },
] as const satisfies readonly { kind: ChecklistItem['kind']; enough: number }[]

/**
 * Whether a document was shown. Only 確認済 (`ok`) counts: intakes saved before the documents were
 * picked may hold なし or 対象外 for a document, and both mean it was not shown.
 */
export const documentShown = (checks: Record<string, CheckState>, itemId: string): boolean =>
  checks[itemId] === 'ok'

/**
 * The checks with a document picked or unpicked. Unpicking removes the item, so a document not shown
 * leaves no answer behind (the `checks` record the server accepts holds only what staff saw).
 */
export function withDocument(
  checks: Record<string, CheckState>,
  itemId: string,
  shown: boolean,
): Record<string, CheckState> {
  const { [itemId]: _dropped, ...rest } = checks
  return shown ? { ...rest, [itemId]: 'ok' } : rest
}

/** The identity rule: one of group A, or two of group B, or (for a representative) their ID and proof. */
export function identityMissing(template: ChecklistTemplate, input: ChecklistInput): Missing[] {
  const step = 'identity'
  if (input.legalRepresentative) {
    const missing: Missing[] = []
    if (!documentShown(input.checks, 'rep_identity'))
      missing.push({ step, key: 'checklist.missing.representativeIdentity' })
    if (!documentShown(input.checks, 'rep_proof'))
      missing.push({ step, key: 'checklist.missing.representativeProof' })
    return missing
  }
  const [groupA, groupB] = IDENTITY_GROUPS
  if (okCount(template, input.checks, groupA.kind) >= groupA.enough) return []
  const shownB = okCount(template, input.checks, groupB.kind)
  if (shownB >= groupB.enough) return []
  return [{ step, key: shownB === 1 ? 'checklist.missing.identityOneMoreB' : 'checklist.missing.identity' }]
}

const FORM_ID_MISSING = {
  empty: { key: 'checklist.missing.formId' },
  not_digits: { key: 'checklist.invalid.formId' },
  short: { key: 'checklist.invalid.formIdShort' },
  long: { key: 'checklist.invalid.formIdLong' },
  same_digit: { key: 'checklist.invalid.formIdSameDigit' },
} as const satisfies Record<string, { key: MissingKey }>

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
    const problem = applicationFormIdProblem(input.applicationFormId ?? '')
    if (problem) missing.push({ step, ...FORM_ID_MISSING[problem.code], count: problem.count })
  }
  return missing
}

/**
 * Each consent that applies must be answered 同意あり (agreed). 同意なし (declined) is a real answer
 * but leaves the intake incomplete, said as such: the city cannot take a photo or an application
 * without it. The photo consent belongs to the photo step (it is asked before the camera opens);
 * the others to the review.
 */
export function consentMissing(template: ChecklistTemplate, input: ChecklistInput, which: Needs['consents']) {
  if (which === 'none') return []
  return template.items
    .filter((item) => item.kind === 'consent')
    .filter((item) => which === 'all' || item.id === PHOTO_CONSENT)
    .flatMap((item): Missing[] => {
      const answer = consentOf(input, item.id)
      if (answer === 'agreed') return []
      const photo = item.id === PHOTO_CONSENT
      const step = photo ? 'photo' : 'review'
      if (answer === 'declined') {
        return [
          {
            step,
            key: photo ? 'checklist.declined.photoConsent' : 'checklist.declined.consent',
            itemId: item.id,
          },
        ]
      }
      return [{ step, key: 'checklist.missing.consent', itemId: item.id }]
    })
}

/** The consent the camera waits for (template item id, stable across versions). */
export const PHOTO_CONSENT = 'consent_photo'

/** Whether the visitor agreed to the photo: the camera opens only then. */
export function photoConsented(input: Pick<ChecklistInput, 'checks' | 'consents'>): boolean {
  return consentOf(input, PHOTO_CONSENT) === 'agreed'
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
  // With the photo consent refused there is no photo to ask for: the refusal is the reason.
  const photoRefused = consentOf(input, PHOTO_CONSENT) === 'declined'
  const missing: Missing[] = [
    ...(needs.identity ? identityMissing(template, input) : []),
    ...(needs.form ? formMissing(template, input) : []),
    ...(needs.photo && !input.hasPhoto && !photoRefused
      ? [{ step: 'photo', key: 'checklist.missing.photo' } as Missing]
      : []),
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
