import {
  type Lang,
  type RegularMeeting,
  type RegularMeetingView,
  type SaveRegularMeetingRequest,
  suggestedAgenda,
} from '@madoguchi/shared'
import { audited } from '../audit/unit'
import type { Actor } from '../auth/session'
import { stmt } from '../db/statements'
import type { Deps } from '../deps'
import { AppError } from '../errors'
import { buildReport, reportableMonth } from './service'

/** 定例会 records (migration 0021): one per report month, read with the agenda the report suggests. */

interface Row {
  month: string
  held_on: string
  place: string
  attendees: string
  agenda: string
  decisions: string
  follow_ups: string
  updated_at: string
  version: number
  updated_by_name: string | null
}

const toMeeting = (r: Row): RegularMeeting => ({
  month: r.month,
  heldOn: r.held_on as RegularMeeting['heldOn'],
  place: r.place,
  attendees: JSON.parse(r.attendees),
  agenda: JSON.parse(r.agenda),
  decisions: JSON.parse(r.decisions),
  followUps: JSON.parse(r.follow_ups),
  updatedAt: r.updated_at,
  updatedByName: r.updated_by_name,
  version: r.version,
})

function meetingOf(deps: Pick<Deps, 'db'>, month: string): RegularMeeting | null {
  const row = stmt(
    deps.db,
    `SELECT m.*, s.display_name AS updated_by_name FROM regular_meetings m
     LEFT JOIN staff s ON s.id = m.updated_by WHERE m.month = ?`,
  ).get(month) as Row | undefined
  return row ? toMeeting(row) : null
}

/**
 * The month's record and the agenda its report suggests. The suggestion quotes open complaints, which
 * are personal data, so the read is audited with them, as the report's own read is.
 */
export function readMeeting(deps: Deps, actor: Actor, month: string, lang: Lang): RegularMeetingView {
  const m = reportableMonth(deps, month, lang)
  const entry = { action: 'regularMeeting.read', entity: 'report', entityId: m }
  return audited(deps, actor, entry, (unit) => {
    const report = buildReport(deps, m)
    unit.carried(report.complaints.filter((c) => c.status !== 'done').map((c) => c.id))
    return { month: m, meeting: meetingOf(deps, m), suggestedAgenda: suggestedAgenda(report) }
  })
}

/** Create (expectedVersion 0) or replace the month's record; a stale version is refused (409). */
export function saveMeeting(
  deps: Deps,
  actor: Actor,
  month: string,
  body: SaveRegularMeetingRequest,
  lang: Lang,
): RegularMeeting {
  const m = reportableMonth(deps, month, lang)
  const { meeting: x } = body
  const entry = {
    action: 'regularMeeting.save',
    entity: 'report',
    entityId: m,
    detail: {
      attendees: x.attendees.length,
      agenda: x.agenda.length,
      decisions: x.decisions.length,
      followUps: x.followUps.length,
    },
  }
  return audited(deps, actor, entry, () => {
    const now = deps.now().toISOString()
    const current = stmt(deps.db, 'SELECT version FROM regular_meetings WHERE month = ?').pluck().get(m) as
      | number
      | undefined
    if ((current ?? 0) !== body.expectedVersion) throw new AppError('version_conflict')
    stmt(
      deps.db,
      `INSERT INTO regular_meetings (month, held_on, place, attendees, agenda, decisions, follow_ups, created_at,
         updated_at, updated_by, version)
       VALUES (@month, @heldOn, @place, @attendees, @agenda, @decisions, @followUps, @now, @now, @by, 1)
       ON CONFLICT (month) DO UPDATE SET held_on = excluded.held_on, place = excluded.place,
         attendees = excluded.attendees, agenda = excluded.agenda, decisions = excluded.decisions,
         follow_ups = excluded.follow_ups, updated_at = excluded.updated_at, updated_by = excluded.updated_by,
         version = regular_meetings.version + 1`,
    ).run({
      month: m,
      heldOn: x.heldOn,
      place: x.place,
      attendees: JSON.stringify(x.attendees),
      agenda: JSON.stringify(x.agenda),
      decisions: JSON.stringify(x.decisions),
      followUps: JSON.stringify(x.followUps),
      now,
      by: actor.user.id,
    })
    return meetingOf(deps, m) as RegularMeeting
  })
}
