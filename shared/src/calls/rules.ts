import type { CloseCallRequest } from './schemas'

/** A field problem before translation: the path and the catalog code (`field.<code>`). */
export interface RuleProblem {
  path: string
  code: string
}

/**
 * What each outcome needs, beyond the schema. A routine call needs a category; the primary category
 * is one of the chosen ones (the first when not said); an escalation needs the department and the
 * question and a way to reach the caller; a call-back needs the caller's number; a complaint needs
 * what was said. A dropped call needs nothing. Both the desk and the server ask this.
 */
export function closeProblems(request: CloseCallRequest): RuleProblem[] {
  const problems: RuleProblem[] = []
  const { outcome, categories } = request
  if (outcome !== 'dropped' && categories.length === 0)
    problems.push({ path: 'categories', code: 'required' })
  if (new Set(categories).size !== categories.length) problems.push({ path: 'categories', code: 'duplicate' })
  if (request.primary && !categories.includes(request.primary))
    problems.push({ path: 'primary', code: 'not_in_categories' })
  if (outcome === 'escalated' && !request.escalation) problems.push({ path: 'escalation', code: 'required' })
  if (outcome !== 'escalated' && request.escalation)
    problems.push({ path: 'escalation', code: 'not_for_outcome' })
  if ((outcome === 'escalated' || outcome === 'callback') && !request.contact)
    problems.push({ path: 'contact.phone', code: 'required' })
  if (outcome === 'complaint' && !request.complaint)
    problems.push({ path: 'complaint.what', code: 'required' })
  if (outcome !== 'complaint' && request.complaint)
    problems.push({ path: 'complaint', code: 'not_for_outcome' })
  return problems
}

/** The primary category: the one named, else the first chosen; none for a dropped call without any. */
export function primaryOf(request: Pick<CloseCallRequest, 'primary' | 'categories'>): string | null {
  return request.primary ?? request.categories[0] ?? null
}

/** Whether a call of this outcome waits for a call-back before it is done. */
export function needsCallback(outcome: CloseCallRequest['outcome']): boolean {
  return outcome === 'escalated' || outcome === 'callback'
}

/**
 * The call log is the contractor's: everyone who logs calls (operators, supervisors, admins) sees it
 * — the contractor runs one call-center team for the city. City staff do not (they see their
 * department's escalations only, see `seesDepartment`). A split into teams would be made here.
 */
export function seesCallLog(permissions: { log: boolean; readAll: boolean }): boolean {
  return permissions.readAll || permissions.log
}
