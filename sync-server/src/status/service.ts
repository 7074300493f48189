import {
  applicationFormIdProblem,
  type ImportLog,
  normaliseApplicationFormId,
  type SourceMapping,
  type StatusLabel,
  type StatusLookup,
  type StatusLookupResult,
  translate,
} from '@madoguchi/shared'
import { audited } from '../audit/unit'
import type { Actor } from '../auth/session'
import { stmt } from '../db/statements'
import type { Deps } from '../deps'
import { AppError } from '../errors'
import {
  allSources,
  currentLabels,
  findByFormId,
  findByPerson,
  saveLabels,
  saveMapping,
  toApplication,
} from './queries'

/**
 * Look an application up during a call, by its 申請書ID as the caller reads it or by kana and date of
 * birth. Every answer that shows an application is audited with its id: it is a person's status.
 */
export function lookup(
  deps: Deps,
  actor: Actor,
  request: StatusLookup,
  lang: 'ja' | 'en',
): StatusLookupResult {
  const by = 'formId' in request ? 'form_id' : 'person'
  return audited(
    deps,
    actor,
    { action: 'status.read', entity: 'status_application', entityId: null },
    (unit) => {
      unit.note({ by })
      let rows: ReturnType<typeof findByPerson>
      if ('formId' in request) {
        const problem = applicationFormIdProblem(request.formId)
        if (problem)
          throw new AppError('validation_failed', {
            formId: [
              {
                code: `form_id_${problem.code}`,
                message: translate(lang, `field.form_id_${problem.code}`, { count: problem.count ?? 0 }),
              },
            ],
          })
        const row = findByFormId(deps.db, normaliseApplicationFormId(request.formId))
        rows = row ? [row] : []
      } else {
        rows = findByPerson(deps.db, request.kana, request.birthDate)
      }
      unit.carried(rows.map((r) => r.id))
      unit.note({ found: rows.length })
      return { applications: rows.map((r) => toApplication(deps.db, r)) }
    },
  )
}

export function labels(deps: Deps): { labels: StatusLabel[] } {
  return { labels: currentLabels(deps.db) }
}

export function editLabels(deps: Deps, actor: Actor, list: StatusLabel[]): { labels: StatusLabel[] } {
  const at = deps.now().toISOString()
  return audited(
    deps,
    actor,
    { action: 'status.labels', entity: 'status_settings', entityId: 'labels' },
    () => {
      saveLabels(deps.db, list, at, actor.user.id)
      return { labels: currentLabels(deps.db) }
    },
  )
}

export function sources(deps: Deps) {
  return { sources: allSources(deps.db) }
}

export function editSource(deps: Deps, actor: Actor, name: string, mapping: SourceMapping) {
  const at = deps.now().toISOString()
  return audited(deps, actor, { action: 'status.mapping', entity: 'status_source', entityId: name }, () => {
    saveMapping(deps.db, name, mapping, at, actor.user.id)
    return { name, mapping, updatedAt: at }
  })
}

/** The latest imports (who, when, what changed) and how many applications are held. */
export function importLog(deps: Deps): ImportLog {
  const imports = stmt(
    deps.db,
    `SELECT i.id, i.source, i.encoding, i.rows, i.added, i.changed, i.at, s.display_name AS byName
     FROM status_imports i LEFT JOIN staff s ON s.id = i.by_id ORDER BY i.at DESC LIMIT 20`,
  ).all() as ImportLog['imports']
  const applications = stmt(deps.db, 'SELECT count(*) FROM status_applications').pluck().get() as number
  return { imports, applications }
}
