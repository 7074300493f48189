import {
  APPLICATION_PURPOSES,
  type CdrCall,
  type EscalationFact,
  type HeldFact,
  type LocalDate,
  type LoggedCall,
} from '@madoguchi/shared'
import type { Db } from '../db/open'
import { stmt } from '../db/statements'

/** What the report reads, one query per source, over a range of instants [from, to). */

const iso = (ms: number) => new Date(ms).toISOString()
const ms = (text: string | null) => (text === null ? null : Date.parse(text))

interface CallRow {
  id: string
  line: string | null
  started_at: string
  ringing_at: string | null
  answered_at: string | null
  talk_seconds: number | null
  outcome: string | null
  primary_category: string | null
  categories: string | null
}

export function loggedCallsBetween(db: Db, from: number, to: number): LoggedCall[] {
  const rows = stmt(
    db,
    // A correlated subquery, not JOIN … GROUP BY c.id: grouping by the id makes SQLite walk the whole
    // table in id order instead of the month's range of the started_at index (bench:report). The
    // order is the index's, stated: the pairing breaks ties by position, so a day read on its own
    // must list its calls in the order the whole month does (day-tallies.ts).
    `SELECT c.id, c.line, c.started_at, c.ringing_at, c.answered_at, c.talk_seconds, c.outcome, c.primary_category,
       (SELECT group_concat(category) FROM call_categories WHERE call_id = c.id) AS categories
     FROM calls c WHERE c.started_at >= ? AND c.started_at < ? ORDER BY c.started_at, c.id`,
  ).all(iso(from), iso(to)) as CallRow[]
  return rows.map((r) => ({
    id: r.id,
    line: r.line,
    startedAt: Date.parse(r.started_at),
    rang: r.ringing_at !== null,
    answeredAt: ms(r.answered_at),
    talkSeconds: r.talk_seconds,
    outcome: r.outcome,
    primary: r.primary_category,
    categories: r.categories ? r.categories.split(',') : [],
  }))
}

export function cdrCallsBetween(db: Db, from: number, to: number): CdrCall[] {
  const rows = stmt(
    db,
    // In the covering index's order (its columns, then the key's provider), for the reason above.
    `SELECT line, started_at, answered_at, ended_at FROM cdr_calls WHERE started_at >= ? AND started_at < ?
     ORDER BY started_at, line, answered_at, ended_at, provider`,
  ).all(iso(from), iso(to)) as {
    line: string
    started_at: string
    answered_at: string | null
    ended_at: string
  }[]
  return rows.map((r) => ({
    line: r.line,
    startedAt: Date.parse(r.started_at),
    answeredAt: ms(r.answered_at),
    endedAt: Date.parse(r.ended_at),
  }))
}

export function cdrRowsBetween(db: Db, from: number, to: number): number {
  return stmt(db, 'SELECT count(*) FROM cdr_calls WHERE started_at >= ? AND started_at < ?')
    .pluck()
    .get(iso(from), iso(to)) as number
}

export function complaintsBetween(db: Db, from: number, to: number) {
  return stmt(
    db,
    // By the call's start (copied onto the complaint, migration 0018), as every call figure is: a
    // complaint on a call at 23:58 on the 31st is December's, though it was written down after midnight.
    `SELECT k.id, k.received_at AS receivedAt, k.what, k.severity, k.status, k.closed_at AS closedAt
     FROM complaints k WHERE k.call_started_at >= ? AND k.call_started_at < ? ORDER BY k.call_started_at, k.id`,
  ).all(iso(from), iso(to)) as {
    id: string
    receivedAt: string
    what: string
    severity: string
    status: string
    closedAt: string | null
  }[]
}

export function escalationsBetween(db: Db, from: number, to: number): EscalationFact[] {
  const rows = stmt(
    db,
    `SELECT department, raised_at, answered_at, due_date FROM escalations
     WHERE call_started_at >= ? AND call_started_at < ?`,
  ).all(iso(from), iso(to)) as {
    department: string
    raised_at: string
    answered_at: string | null
    due_date: string
  }[]
  return rows.map((r) => ({
    department: r.department,
    raisedAt: Date.parse(r.raised_at),
    answeredAt: ms(r.answered_at),
    dueDate: r.due_date as LocalDate,
  }))
}

/** The booking events of a range of Tokyo dates, counted per action and channel as they were written. */
export function bookingTotalsBetween(db: Db, fromDate: LocalDate, toDate: LocalDate) {
  return stmt(
    db,
    `SELECT action, channel, sum(events) AS count FROM report_booking_days
     WHERE day BETWEEN ? AND ? GROUP BY action, channel`,
  ).all(fromDate, toDate) as { action: string; channel: string; count: number }[]
}

const APPLICATIONS = APPLICATION_PURPOSES.map((p) => `'${p}'`).join(', ')

/** The synced pop-up sessions of a range of dates, with what their tablets recorded. */
export function sessionsBetween(db: Db, fromDate: LocalDate, toDate: LocalDate): HeldFact[] {
  const rows = stmt(
    db,
    `SELECT s.id, s.date, s.site_id, json_extract(site.data, '$.name') AS site_name,
       json_extract(s.data, '$.plannedId') AS planned_id,
       coalesce((SELECT min(json_extract(i.data, '$.createdAt')) FROM intakes i WHERE i.session_id = s.id),
                json_extract(s.data, '$.createdAt')) AS first_at,
       coalesce((SELECT max(json_extract(i.data, '$.updatedAt')) FROM intakes i WHERE i.session_id = s.id),
                json_extract(s.data, '$.updatedAt')) AS last_at,
       (SELECT count(*) FROM intakes i WHERE i.session_id = s.id) AS visitors,
       (SELECT count(*) FROM intakes i WHERE i.session_id = s.id
          AND json_extract(i.data, '$.purpose') IN (${APPLICATIONS})) AS applications,
       (SELECT count(*) FROM photos p WHERE p.session_id = s.id) AS photos,
       (SELECT count(*) FROM consultation_notes n WHERE n.session_id = s.id) AS consultations
     FROM outreach_sessions s LEFT JOIN sites site ON site.id = s.site_id
     WHERE s.date >= ? AND s.date <= ? ORDER BY s.date, s.id`,
  ).all(fromDate, toDate) as {
    id: string
    date: LocalDate
    site_id: string
    site_name: string | null
    planned_id: string | null
    first_at: string | null
    last_at: string | null
    visitors: number
    applications: number
    photos: number
    consultations: number
  }[]
  return rows.map((r) => ({
    id: r.id,
    date: r.date,
    siteId: r.site_id,
    siteName: r.site_name ?? r.site_id,
    firstAt: ms(r.first_at),
    lastAt: ms(r.last_at),
    visitors: r.visitors,
    applications: r.applications,
    photos: r.photos,
    consultations: r.consultations,
    plannedId: r.planned_id,
  }))
}
