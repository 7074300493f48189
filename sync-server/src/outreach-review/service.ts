import {
  type ChecklistResult,
  type ChecklistTally,
  type ChecklistTemplate,
  type CompletenessCount,
  type ConsultationNoteRecord,
  checklistCounts,
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
import { audited } from '../audit/unit'
import type { StaffSession } from '../auth/session'
import type { Deps } from '../deps'
import { AppError } from '../errors'
import { isStored, readStored } from '../sync/photo-queries'
import { correctionsOfSession } from './correction-queries'
import { correctionOf } from './corrections'
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
 * The office's view of what the tablets sent. Every read is an audited unit (audit/unit.ts), because
 * these records are about people: who looked, when, and which records the answer showed.
 */
export function reviewSessions(deps: Deps, session: StaffSession): ReviewSessionList {
  return audited(deps, session, { action: 'view', entity: 'outreach_session_list' }, (unit) => {
    const rows = listSessions(deps.db, 200)
    const templates = templatesOf(deps)
    // Counts and checklist tallies only: no intake's content leaves, so the row keeps the count.
    unit.note({ count: rows.length })
    return {
      sessions: rows.map((row) => {
        const intakes = recordsOfSession(deps.db, 'intakes', row.id).map(
          (r) => JSON.parse(r.data) as IntakeRecord,
        )
        const results = evaluateIntakes(intakes, heldOfSession(deps.db, row.id), templates)
        return summaryOf(row, countCompleteness(results.values()))
      }),
    }
  })
}

export function reviewSession(deps: Deps, session: StaffSession, id: string): ReviewSessionDetail {
  const entry = { action: 'view', entity: 'outreach_session', entityId: id }
  return audited(deps, session, entry, (unit) => {
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
    const corrections = correctionsOfSession(deps.db, id).map(correctionOf)
    unit.note({
      intakes: intakes.length,
      notes: notes.length,
      photos: photos.length,
      corrections: corrections.length,
    })
    // Every intake, note, photo and correction request whose content the answer shows.
    unit.carried([
      ...intakes.map((i) => i.id),
      ...notes.map((n) => n.id),
      ...photos.map((p) => p.id),
      ...corrections.map((c) => c.id),
    ])
    return {
      session: summaryOf(row, countCompleteness(results.values())),
      intakes,
      notes,
      photos,
      corrections,
    }
  })
}

export function reviewPhoto(deps: Deps, session: StaffSession, photoId: string): Buffer {
  return audited(deps, session, { action: 'view', entity: 'photo', entityId: photoId }, (unit) => {
    const sha256 = photoSha(deps.db, photoId)
    const bytes = sha256 ? readStored(deps.db, sha256) : undefined
    if (!bytes) throw new AppError('not_found')
    unit.carried(photoId)
    return bytes
  })
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
    ended: data.endedAt
      ? { at: data.endedAt, byName: row.ended_by_name, summary: data.endSummary ?? null }
      : null,
    openCorrections: row.open_corrections,
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
  const tally: ChecklistTally = checklistCounts(template, intake)
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
    closedIncomplete: intake.closedIncomplete
      ? { reason: intake.closedIncomplete.reason, at: intake.closedIncomplete.at }
      : null,
    version: intake.version,
    receivedAt,
  }
}
