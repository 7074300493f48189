import type {
  ChecklistTally,
  ChecklistTemplate,
  ConsultationNoteRecord,
  IntakeRecord,
  OutreachSessionRecord,
  PhotoRecord,
  ReviewIntake,
  ReviewSessionDetail,
  ReviewSessionList,
  ReviewSessionSummary,
  Site,
} from '@madoguchi/shared'
import { recordAudit } from '../audit/audit'
import type { Deps, StaffSession } from '../http/env'
import { HttpError } from '../http/errors'
import { readStored } from '../sync/photo-queries'
import {
  findSession,
  listSessions,
  photoSha,
  recordsOfSession,
  type SessionRow,
  templateData,
} from './queries'

/**
 * The office's view of what the tablets sent. Every read is audited with who and when, in the same
 * transaction as the read, because these records are about people.
 */
export function reviewSessions(deps: Deps, session: StaffSession): ReviewSessionList {
  return deps.db.transaction(() => {
    const rows = listSessions(deps.db, 200)
    recordAudit(
      deps.db,
      session,
      { action: 'view', entity: 'outreach_session_list', detail: { count: rows.length } },
      deps.now(),
    )
    return { sessions: rows.map(summaryOf) }
  })()
}

export function reviewSession(deps: Deps, session: StaffSession, id: string): ReviewSessionDetail {
  return deps.db.transaction(() => {
    const row = findSession(deps.db, id)
    if (!row) throw new HttpError('not_found')
    const intakes = recordsOfSession(deps.db, 'intakes', id).map((r) =>
      intakeOf(deps, JSON.parse(r.data) as IntakeRecord, r.received_at),
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
      }
    })
    recordAudit(
      deps.db,
      session,
      { action: 'view', entity: 'outreach_session', entityId: id, detail: { intakes: intakes.length } },
      deps.now(),
    )
    return { session: summaryOf(row), intakes, notes, photos }
  })()
}

export function reviewPhoto(deps: Deps, session: StaffSession, photoId: string): Buffer {
  return deps.db.transaction(() => {
    const sha256 = photoSha(deps.db, photoId)
    const bytes = sha256 ? readStored(deps.db, sha256) : undefined
    if (!bytes) throw new HttpError('not_found')
    recordAudit(deps.db, session, { action: 'view', entity: 'photo', entityId: photoId }, deps.now())
    return bytes
  })()
}

function summaryOf(row: SessionRow): ReviewSessionSummary {
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
    lastReceivedAt: row.last_received_at,
  }
}

function intakeOf(deps: Deps, intake: IntakeRecord, receivedAt: string): ReviewIntake {
  const raw = templateData(deps.db, intake.templateId, intake.templateVersion)
  const template = raw ? (JSON.parse(raw) as ChecklistTemplate) : null
  // Without the template (not on this server) the checks are still shown, only not tallied by item.
  const itemIds = template ? template.items.map((i) => i.id) : Object.keys(intake.checks)
  const tally: ChecklistTally = { ok: 0, missing: 0, notApplicable: 0, unanswered: 0 }
  for (const id of itemIds) {
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
    itemLabels: Object.fromEntries((template?.items ?? []).map((i) => [i.id, i.label.ja])),
    tally,
    applicationFormId: intake.applicationFormId,
    legalRepresentative: intake.legalRepresentative,
    memo: intake.memo,
    version: intake.version,
    receivedAt,
  }
}
