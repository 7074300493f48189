import {
  CATEGORIES,
  type CloseCallRequest,
  closeProblems,
  type Outcome,
  CloseCallRequest as Schema,
} from '@madoguchi/shared'
import type { CallLogDraft, OpenCall } from '../call/store'

/** The key that toggles each category on the call log: 1–9, 0, then Shift+1–3 for the last three. */
export function categoryKey(index: number): string {
  if (index < 9) return String(index + 1)
  if (index === 9) return '0'
  return `Shift+${index - 9}`
}

export const CATEGORY_CODES: readonly string[] = CATEGORIES.map((c) => c.code)

/** Choose or unchoose a category; the first chosen is the primary one. */
export function toggleCategory(log: CallLogDraft, code: string): CallLogDraft {
  const has = log.categories.includes(code)
  return { ...log, categories: has ? log.categories.filter((c) => c !== code) : [...log.categories, code] }
}

export function chooseOutcome(log: CallLogDraft, outcome: Outcome): CallLogDraft {
  return { ...log, outcome }
}

/**
 * The close request from what the operator typed, or the field problems (in catalog codes) that the
 * shared schema and outcome rules find — the same ones the server would answer with.
 */
export function closeRequestOf(
  call: OpenCall,
  talkSeconds: number,
  endedAt: string,
): { request: CloseCallRequest } | { problems: Record<string, string[]> } {
  const { log } = call
  const d = log.details
  const contact = d.phone
    ? { phone: d.phone, ...(d.name ? { name: d.name } : {}), ...(d.when ? { when: d.when } : {}) }
    : undefined
  const raw = {
    categories: log.categories,
    summary: log.summary,
    outcome: log.outcome ?? undefined,
    endedAt,
    talkSeconds,
    links: call.links.map((l) => ({
      kind: l.kind,
      id: l.id,
      action: l.action,
      at: l.at,
      ...(l.ref ? { ref: l.ref } : {}),
    })),
    ...(log.outcome === 'escalated' || log.outcome === 'callback' ? { contact } : {}),
    ...(log.outcome === 'escalated'
      ? {
          escalation: {
            department: d.department ?? '',
            question: d.question ?? '',
            urgency: d.urgency === 'urgent' ? 'urgent' : 'normal',
          },
        }
      : {}),
    ...(log.outcome === 'complaint'
      ? { complaint: { what: d.what ?? '', severity: (d.severity as 'low' | 'medium' | 'high') || 'medium' } }
      : {}),
  }
  const parsed = Schema.safeParse(raw)
  if (!parsed.success) {
    const problems: Record<string, string[]> = {}
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.') || '_'
      const code = /^[a-z_]+$/.test(issue.message)
        ? issue.message
        : issue.code === 'invalid_value'
          ? 'required'
          : issue.code
      problems[path] = [...(problems[path] ?? []), code]
    }
    // Say everything missing at once: the contact rule too, not only what the schema found first.
    if ((log.outcome === 'escalated' || log.outcome === 'callback') && !contact)
      problems['contact.phone'] = ['required']
    return { problems }
  }
  const rules = closeProblems(parsed.data)
  if (rules.length) {
    const problems: Record<string, string[]> = {}
    for (const p of rules) problems[p.path] = [...(problems[p.path] ?? []), p.code]
    return { problems }
  }
  return { request: parsed.data }
}
