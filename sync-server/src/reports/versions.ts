import type { Lang, MonthlyReport, ReportMonth, ReportVersion } from '@madoguchi/shared'
import { monthOfInstant } from '@madoguchi/shared'
import { audited } from '../audit/unit'
import type { Actor } from '../auth/session'
import type { Db } from '../db/open'
import { stmt } from '../db/statements'
import type { Deps } from '../deps'
import { AppError, fieldProblem } from '../errors'
import { buildReport, reportableMonth } from './service'

/**
 * Finalising (確定): the report as it stands is frozen as revision 1; late data changes the live
 * report, never a finalised one. A revised version (revision 2, 3 …) needs a reason; all are kept.
 */

export function versionsOf(db: Db, month: string): ReportVersion[] {
  return stmt(
    db,
    `SELECT v.revision, v.reason, v.finalised_at AS finalisedAt, s.display_name AS finalisedByName
     FROM report_versions v LEFT JOIN staff s ON s.id = v.finalised_by WHERE v.month = ? ORDER BY v.revision`,
  ).all(month) as ReportVersion[]
}

export function finaliseReport(
  deps: Deps,
  actor: Actor,
  month: string,
  body: { expectedRevision: number; reason: string },
  lang: Lang,
): ReportVersion {
  const m: ReportMonth = reportableMonth(deps, month, lang)
  if (m >= monthOfInstant(deps.now()))
    throw new AppError('month_not_reportable', { month: [fieldProblem(lang, 'not_ended')] })
  const entry = { action: 'report.finalise', entity: 'report', entityId: m }
  return audited(deps, actor, entry, (unit) => {
    const latest = versionsOf(deps.db, m).length
    if (latest !== body.expectedRevision)
      throw new AppError('report_finalised', undefined, { revision: latest })
    if (latest > 0 && body.reason === '')
      throw new AppError('validation_failed', { reason: [fieldProblem(lang, 'required')] })
    const report = buildReport(deps, m)
    const revision = latest + 1
    stmt(
      deps.db,
      `INSERT INTO report_versions (month, revision, data, reason, finalised_at, finalised_by) VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(m, revision, JSON.stringify(report), body.reason, deps.now().toISOString(), actor.user.id)
    unit.note({ revision })
    unit.carried(report.complaints.map((c) => c.id))
    return versionsOf(deps.db, m)[revision - 1] as ReportVersion
  })
}

/** A finalised version exactly as it was frozen, with the versions list as it stands now. */
export function readVersion(deps: Deps, actor: Actor, month: string, revision: number): MonthlyReport {
  return audited(
    deps,
    actor,
    { action: 'report.read', entity: 'report', entityId: month, detail: { revision } },
    (unit) => {
      const data = stmt(deps.db, 'SELECT data FROM report_versions WHERE month = ? AND revision = ?')
        .pluck()
        .get(month, revision) as string | undefined
      if (!data) throw new AppError('not_found')
      const report = JSON.parse(data) as MonthlyReport
      unit.carried(report.complaints.map((c) => c.id))
      return { ...report, versions: versionsOf(deps.db, month) }
    },
  )
}
