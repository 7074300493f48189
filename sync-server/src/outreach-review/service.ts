import {
  type ChecklistResult,
  type ChecklistTally,
  type ChecklistTemplate,
  type CompletenessCount,
  type ConsultationNoteRecord,
  countCompleteness,
  evaluateIntakes,
  type IntakeRecord,
  type OutreachSessionRecord,
  type PhotoRecord,
  type ReviewIntake,
  type ReviewSessionDetail,
  type ReviewSessionList,
  type ReviewSessionSummary,
  resolveTemplate,
  type Site,
} from '@madoguchi/shared'
import { recordAudit } from '../audit/audit'
import type { StaffSession } from '../auth/session'
import type { Deps } from '../deps'
import { AppError } from '../errors'
import { isStored, readStored } from '../sync/photo-queries'
import {
  allTemplates,
  findSession,
  heldOfSession,
  listSessions,
  photoSha,
  recordsOfSession,
  type SessionRow,
} from './queries'

/**
 * The office's view of what the tablets sent. Every read is audited with who and when, in the same
 * transaction as the read, because these records are about people.
 */
export function reviewSessions(deps: Deps, session: StaffSession): ReviewSessionList {
  return deps.db.transaction(() => {
    const rows = listSessions(deps.db, 200)
    const templates = templatesOf(deps)
    recordAudit(
      deps.db,
      session,
      { action: 'view', entity: 'outreach_session_list', detail: { count: rows.length } },
      deps.now(),
    )
    return {
      sessions: rows.map((row) => {
        const intakes = recordsOfSession(deps.db, 'intakes', row.id).map(
          (r) => JSON.parse(r.data) as IntakeRecord,
        )
        const results = evaluateIntakes(intakes, heldOfSession(deps.db, row.id), templates)
        return summaryOf(row, countCompleteness(results.values()))
      }),
    }
  })()
}

export function reviewSession(deps: Deps, session: StaffSession, id: string): ReviewSessionDetail {
  return deps.db.transaction(() => {
    const row = findSession(deps.db, id)
    if (!row) throw new AppError('not_found')
    const templates = templatesOf(deps)
    const records = recordsOfSession(deps.db, 'intakes', id).map((r) => ({
      intake: JSON.parse(r.data) as IntakeRecord,
      receivedAt: r.received_at,
    }))
    const results = evaluateIntakes(
      records.map((r) => r.intake),
      heldOfSession(deps.db, id),
      templates,
    )
    const intakes = records.map(({ intake, receivedAt }) =>
      intakeOf(intake, receivedAt, templates, results.get(intake.id) as ChecklistResult),
    )
    const notes = recordsOfSession(deps.db, 'consultation_notes', id).map((r) => {
      const n = JSON.parse(r.data) as ConsultationNoteRecord
      return {
        id: n.id,
        intakeId: n.intakeId,
        category: n.category,
        text: n.text,
        followUp: n.followUp,
        version: n.version,
      }
    })
    const photos = recordsOfSession(deps.db, 'photos', id).map((r) => {
      const p = JSON.parse(r.data) as PhotoRecord
      return {
        id: p.id,
        intakeId: p.intakeId,
        bytes: p.bytes,
        width: p.width,
        height: p.height,
        takenAt: p.takenAt,
        sha256: p.sha256,
        stored: isStored(deps.db, p.sha256),
      }
    })
    recordAudit(
      deps.db,
      session,
      { action: 'view', entity: 'outreach_session', entityId: id, detail: { intakes: intakes.length } },
      deps.now(),
    )
    return { session: summaryOf(row, countCompleteness(results.values())), intakes, notes, photos }
  })()
}

export function reviewPhoto(deps: Deps, session: StaffSession, photoId: string): Buffer {
  return deps.db.transaction(() => {
    const sha256 = photoSha(deps.db, photoId)
    const bytes = sha256 ? readStored(deps.db, sha256) : undefined
    if (!bytes) throw new AppError('not_found')
    recordAudit(deps.db, session, { action: 'view', entity: 'photo', entityId: photoId }, deps.now())
    return bytes
  })()
}

function templatesOf(deps: Deps): ChecklistTemplate[] {
  return allTemplates(deps.db).map((data) => JSON.parse(data) as ChecklistTemplate)
}

function summaryOf(row: SessionRow, count: CompletenessCount): ReviewSessionSummary {
  const data = JSON.parse(row.data) as OutreachSessionRecord
  const site = row.site_data ? (JSON.parse(row.site_data) as Site) : null
  return {
    id: row.id,
    siteId: row.site_id,
    siteName: site?.name ?? null,
    date: row.date,
    staffNames: data.staffNames,
    intakes: row.intakes,
    notes: row.notes,
    photos: row.photos,
    ...count,
    lastReceivedAt: row.last_received_at,
  }
}

function intakeOf(
  intake: IntakeRecord,
  receivedAt: string,
  templates: readonly ChecklistTemplate[],
  result: ChecklistResult,
): ReviewIntake {
  // The same template the rule judged by: the exact version, else the built-in or newest copy.
  const template = resolveTemplate(templates, intake.templateId, intake.templateVersion)
  const tally: ChecklistTally = { ok: 0, missing: 0, notApplicable: 0, unanswered: 0 }
  for (const { id } of template.items) {
    const state = intake.checks[id]
    if (state === 'ok') tally.ok++
    else if (state === 'missing') tally.missing++
    else if (state === 'not_applicable') tally.notApplicable++
    else tally.unanswered++
  }
  return {
    id: intake.id,
    visitorNo: intake.visitorNo,
    purpose: intake.purpose,
    templateId: intake.templateId,
    templateVersion: intake.templateVersion,
    checks: intake.checks,
    itemLabels: Object.fromEntries(template.items.map((i) => [i.id, i.label])),
    tally,
    checklist: { complete: result.complete, missing: result.missing },
    applicationFormId: intake.applicationFormId,
    legalRepresentative: intake.legalRepresentative,
    memo: intake.memo,
    version: intake.version,
    receivedAt,
  }
}
