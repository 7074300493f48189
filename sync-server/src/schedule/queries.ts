import type { LocalDate, PlanFact, PlannedSession, ReferenceDelta, SchedulePlanItem } from '@madoguchi/shared'
import type { Db } from '../db/open'
import { stmt } from '../db/statements'

interface Row {
  id: string
  site_id: string
  site_name: string | null
  date: LocalDate
  start_time: string
  end_time: string
  staff_names: string
  note: string
  status: PlannedSession['status']
  version: number
  change_seq: number
  updated_at: string
  updated_by_name: string | null
}

const SELECT = `SELECT p.id, p.site_id, json_extract(site.data, '$.name') AS site_name, p.date, p.start_time,
    p.end_time, p.staff_names, p.note, p.status, p.version, p.change_seq, p.updated_at,
    s.display_name AS updated_by_name
  FROM planned_sessions p LEFT JOIN sites site ON site.id = p.site_id LEFT JOIN staff s ON s.id = p.updated_by`

const toPlan = (r: Row): PlannedSession => ({
  id: r.id,
  siteId: r.site_id,
  siteName: r.site_name ?? r.site_id,
  date: r.date,
  startTime: r.start_time,
  endTime: r.end_time,
  staffNames: JSON.parse(r.staff_names) as string[],
  note: r.note,
  status: r.status,
  version: r.version,
  updatedAt: r.updated_at,
  updatedByName: r.updated_by_name,
})

export function plansBetween(db: Db, from: LocalDate, to: LocalDate): PlannedSession[] {
  return (
    stmt(db, `${SELECT} WHERE p.date BETWEEN ? AND ? ORDER BY p.date, p.start_time, p.id`).all(
      from,
      to,
    ) as Row[]
  ).map(toPlan)
}

export function findPlan(db: Db, id: string): PlannedSession | undefined {
  const row = stmt(db, `${SELECT} WHERE p.id = ?`).get(id) as Row | undefined
  return row && toPlan(row)
}

export function siteExists(db: Db, siteId: string): boolean {
  return stmt(db, 'SELECT 1 FROM sites WHERE id = ?').get(siteId) !== undefined
}

export interface PlanWrite {
  siteId: string
  date: string
  startTime: string
  endTime: string
  staffNames: string[]
  note: string
}

export function insertPlan(db: Db, id: string, p: PlanWrite, seq: number, at: string, by: string): void {
  stmt(
    db,
    `INSERT INTO planned_sessions (id, site_id, date, start_time, end_time, staff_names, note, status, version,
       change_seq, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'planned', 1, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    p.siteId,
    p.date,
    p.startTime,
    p.endTime,
    JSON.stringify(p.staffNames),
    p.note,
    seq,
    at,
    by,
    at,
    by,
  )
}

export function updatePlan(db: Db, id: string, p: PlanWrite, seq: number, at: string, by: string): void {
  stmt(
    db,
    `UPDATE planned_sessions SET site_id = ?, date = ?, start_time = ?, end_time = ?, staff_names = ?, note = ?,
       version = version + 1, change_seq = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
  ).run(p.siteId, p.date, p.startTime, p.endTime, JSON.stringify(p.staffNames), p.note, seq, at, by, id)
}

export function cancelPlan(db: Db, id: string, seq: number, at: string, by: string): void {
  stmt(
    db,
    `UPDATE planned_sessions SET status = 'cancelled', version = version + 1, change_seq = ?, updated_at = ?,
       updated_by = ? WHERE id = ?`,
  ).run(seq, at, by, id)
}

/** The plans of a range of dates as the report joins them (cancelled ones included; the join leaves them out). */
export function planFactsBetween(db: Db, from: LocalDate, to: LocalDate): PlanFact[] {
  return plansBetween(db, from, to).map((p) => ({
    id: p.id,
    date: p.date,
    siteId: p.siteId,
    siteName: p.siteName,
    startTime: p.startTime,
    endTime: p.endTime,
    status: p.status,
  }))
}

/**
 * The schedule as tablets pull it (reference kind `schedule`): plans changed since the device's version
 * dated today or later. A plan changed since and now cancelled, or moved before today, is sent as
 * deleted, so no tablet keeps offering it; a device holding nothing yet (version 0) needs no deletions.
 * Plans already past drop off the tablet by date (it lists from today on), so the list stays small.
 */
export function scheduleSince(db: Db, since: number, today: LocalDate): ReferenceDelta<'schedule'> {
  const rows = stmt(
    db,
    `SELECT id, site_id, date, start_time, end_time, staff_names, note, status, version FROM planned_sessions
     WHERE change_seq > ? ORDER BY change_seq`,
  ).all(since) as Omit<Row, 'site_name' | 'change_seq' | 'updated_at' | 'updated_by_name'>[]
  const items: SchedulePlanItem[] = []
  const deleted: string[] = []
  for (const r of rows) {
    if (r.status === 'planned' && r.date >= today) {
      items.push({
        id: r.id,
        siteId: r.site_id,
        date: r.date,
        startTime: r.start_time,
        endTime: r.end_time,
        staffNames: JSON.parse(r.staff_names) as string[],
        note: r.note,
        version: r.version,
      })
    } else if (since > 0) deleted.push(r.id)
  }
  const version = stmt(db, 'SELECT coalesce(max(change_seq), 0) FROM planned_sessions')
    .pluck()
    .get() as number
  return { version: Math.max(version, since), items, deleted }
}
