import { type ChecklistResult, evaluateChecklist } from './checklist'
import { DEFAULT_CHECKLIST_TEMPLATE, DEFAULT_CHECKLIST_TEMPLATES } from './default-template'
import type { IntakeRecord } from './records'
import type { ChecklistTemplate } from './template'

/**
 * The checklist rule applied to a whole session, from what the session holds: each intake with its
 * photos and notes. The tablet's visitor list and the office review both call this, so an intake
 * the tablet showed as complete is complete in the review too.
 */

/**
 * The template an intake was filled against. When that exact version is unknown (a device before its
 * first pull, a server that never had it) the built-in copy of it is used, then the newest version of
 * the same template, so the rule still has items to judge.
 */
export function resolveTemplate(
  templates: readonly ChecklistTemplate[],
  id?: string,
  version?: number,
): ChecklistTemplate {
  const same = (t: ChecklistTemplate) => t.id === id && t.version === version
  const newest = templates
    .filter((t) => t.id === (id ?? DEFAULT_CHECKLIST_TEMPLATE.id))
    .sort((a, b) => b.version - a.version)[0]
  return (
    templates.find(same) ?? DEFAULT_CHECKLIST_TEMPLATES.find(same) ?? newest ?? DEFAULT_CHECKLIST_TEMPLATE
  )
}

export type IntakeForChecklist = Pick<
  IntakeRecord,
  | 'id'
  | 'purpose'
  | 'checks'
  | 'consents'
  | 'applicationFormId'
  | 'legalRepresentative'
  | 'templateId'
  | 'templateVersion'
>

export interface SessionHeld {
  photos: readonly { intakeId: string }[]
  notes: readonly { intakeId: string | null }[]
}

/** Intake id → its checklist result. */
export function evaluateIntakes(
  intakes: readonly IntakeForChecklist[],
  held: SessionHeld,
  templates: readonly ChecklistTemplate[],
): Map<string, ChecklistResult> {
  const withPhoto = new Set(held.photos.map((p) => p.intakeId))
  const notes = new Map<string, number>()
  for (const note of held.notes) {
    if (note.intakeId) notes.set(note.intakeId, (notes.get(note.intakeId) ?? 0) + 1)
  }
  return new Map(
    intakes.map((intake) => [
      intake.id,
      evaluateChecklist(resolveTemplate(templates, intake.templateId, intake.templateVersion), {
        purpose: intake.purpose,
        checks: intake.checks,
        consents: intake.consents,
        applicationFormId: intake.applicationFormId,
        legalRepresentative: intake.legalRepresentative,
        hasPhoto: withPhoto.has(intake.id),
        noteCount: notes.get(intake.id) ?? 0,
      }),
    ]),
  )
}

export interface CompletenessCount {
  complete: number
  incomplete: number
}

export function countCompleteness(results: Iterable<ChecklistResult>): CompletenessCount {
  const count = { complete: 0, incomplete: 0 }
  for (const result of results) {
    if (result.complete) count.complete++
    else count.incomplete++
  }
  return count
}
