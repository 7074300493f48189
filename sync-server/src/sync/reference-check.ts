import { ChecklistTemplate, type FieldProblem, type Lang, type UpsertMutation } from '@madoguchi/shared'
import type { Db } from '../db/open'
import { stmt } from '../db/statements'
import { fieldProblem } from '../errors'

/**
 * Ids in a pushed record that must name the server's reference data: a session's site, an intake's
 * template (id and version) and the checklist items it answers. An id that names nothing is refused,
 * so these fields hold only what the city configured and never free text a device sent.
 */
export function unknownReferences(
  db: Db,
  m: UpsertMutation,
  lang: Lang,
): Record<string, FieldProblem[]> | null {
  const fields: Record<string, FieldProblem[]> = {}
  if (m.entity === 'outreach_session') {
    if (!stmt(db, 'SELECT 1 FROM sites WHERE id = ?').get(m.data.siteId)) {
      fields['data.siteId'] = [fieldProblem(lang, 'unknown_reference')]
    }
  }
  if (m.entity === 'intake') {
    const json = stmt(db, 'SELECT data FROM checklist_templates WHERE id = ? AND version = ?')
      .pluck()
      .get(m.data.templateId, m.data.templateVersion) as string | undefined
    const template = json === undefined ? undefined : ChecklistTemplate.safeParse(JSON.parse(json)).data
    if (!template) {
      fields['data.templateId'] = [fieldProblem(lang, 'unknown_reference')]
    } else {
      const items = new Set(template.items.map((item) => item.id))
      for (const key of Object.keys(m.data.checks)) {
        if (!items.has(key)) fields[`data.checks.${key}`] = [fieldProblem(lang, 'unknown_reference')]
      }
    }
  }
  return Object.keys(fields).length > 0 ? fields : null
}
