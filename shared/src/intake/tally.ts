import { needsFor, PHOTO_CONSENT } from './checklist'
import { consentOf, type WithConsents } from './consent'
import type { IntakePurpose } from './records'
import type { ChecklistItem, ChecklistTemplate } from './template'

export interface ChecklistCounts {
  ok: number
  missing: number
  notApplicable: number
  /** Items that apply to this visitor and have no answer yet. */
  unanswered: number
}

/**
 * Counts over a template's items for the office's review. Every answer counts; an item without one
 * counts as 未確認 only when it applies to this visitor: identity documents are picked from a list
 * (the ones not shown are simply not shown, never unanswered), the form only when the purpose needs
 * one, consents as the purpose asks for them, nothing before the purpose is chosen.
 */
export function checklistCounts(
  template: ChecklistTemplate,
  intake: WithConsents & { purpose: IntakePurpose | null },
): ChecklistCounts {
  const counts: ChecklistCounts = { ok: 0, missing: 0, notApplicable: 0, unanswered: 0 }
  const needs = intake.purpose ? needsFor(intake.purpose) : null
  const applies = (item: ChecklistItem): boolean => {
    if (!needs) return false
    if (item.kind === 'form') return needs.form
    if (item.kind === 'consent')
      return needs.consents === 'all' || (needs.consents === 'photo' && item.id === PHOTO_CONSENT)
    return item.kind === 'other'
  }
  for (const item of template.items) {
    // A consent is an answer (agreed / declined), possibly still in `checks` on an older record.
    const consent = item.kind === 'consent' ? consentOf(intake, item.id) : undefined
    const state =
      item.kind === 'consent' ? (consent === 'agreed' ? 'ok' : consent && 'missing') : intake.checks[item.id]
    if (state === 'ok') counts.ok++
    else if (state === 'missing') counts.missing++
    else if (state === 'not_applicable') counts.notApplicable++
    else if (applies(item)) counts.unanswered++
  }
  return counts
}
