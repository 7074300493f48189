import {
  DEFAULT_STATUS_LABELS,
  kanaSearchKey,
  type LocalDate,
  type SourceMapping,
  type StatusApplication,
  type StatusCode,
  type StatusLabel,
  StatusLabelList,
  type StatusRow,
} from '@madoguchi/shared'
import type { Db } from '../db/open'
import { stmt } from '../db/statements'

/** An application as the table holds it (the optional columns are personal data). */
export interface ApplicationRow {
  id: string
  form_id: string
  status: StatusCode
  status_date: LocalDate
  applied_on: LocalDate | null
  method: string | null
  name_kana: string | null
  birth_date: LocalDate | null
  notice_sent_on: LocalDate | null
  imported_at: string
}

/** What an import compares a row with: the application's stored columns, by 申請書ID. */
export type Stored = Omit<ApplicationRow, 'id' | 'imported_at'>

const STORED_COLUMNS = `form_id, status, status_date, applied_on, method, name_kana, birth_date, notice_sent_on`

/**
 * Every stored application's columns as one string, by 申請書ID: what an import compares its rows
 * with (keyOf). At 100,000 applications an object per row with eight strings cost more than reading
 * and checking the whole file (bench:import); two strings per row do not. An empty optional column
 * is '' (no stored value is ''), and U+001F never occurs in a stored value (controls are refused).
 */
export function storedKeys(db: Db): Map<string, string> {
  const rows = stmt(
    db,
    `SELECT form_id, status || char(31) || status_date || char(31) || ifnull(applied_on, '') || char(31) ||
       ifnull(method, '') || char(31) || ifnull(name_kana, '') || char(31) || ifnull(birth_date, '') || char(31) ||
       ifnull(notice_sent_on, '') FROM status_applications`,
  )
    .raw()
    .all() as [string, string][]
  const keys = new Map<string, string>()
  for (const [formId, key] of rows) keys.set(formId, key)
  return keys
}

/** A row's columns as storedKeys spells them: equal means the row changes nothing and adds no history. */
export function keyOf(row: StatusRow): string {
  return `${row.status}\x1f${row.statusDate}\x1f${row.appliedOn ?? ''}\x1f${row.method ?? ''}\x1f${row.nameKana ?? ''}\x1f${row.birthDate ?? ''}\x1f${row.noticeSentOn ?? ''}`
}

/** One stored application's columns, for a row whose key differs from the stored one. */
export function storedApplication(db: Db, formId: string): Stored | undefined {
  return stmt(db, `SELECT ${STORED_COLUMNS} FROM status_applications WHERE form_id = ?`).get(formId) as
    | Stored
    | undefined
}

export type Change = 'added' | 'changed' | 'unchanged'

/**
 * What a file's row does to the stored application. A row older than the stored status (a file
 * sent late) does not turn the status back, but its status still joins the history; an optional
 * column left empty keeps what an earlier file gave.
 */
export function changeOf(
  row: StatusRow,
  stored: Stored | undefined,
): { change: Change; next: Stored; history: boolean } {
  if (!stored) return { change: 'added', next: storedOf(row), history: true }
  const newer = row.statusDate >= stored.status_date
  const next: Stored = {
    form_id: stored.form_id,
    status: newer ? row.status : stored.status,
    status_date: newer ? row.statusDate : stored.status_date,
    applied_on: row.appliedOn ?? stored.applied_on,
    method: row.method ?? stored.method,
    name_kana: row.nameKana ?? stored.name_kana,
    birth_date: row.birthDate ?? stored.birth_date,
    notice_sent_on: row.noticeSentOn ?? stored.notice_sent_on,
  }
  const same = (Object.keys(next) as (keyof Stored)[]).every((k) => next[k] === stored[k])
  const history = row.status !== stored.status || row.statusDate !== stored.status_date
  return { change: same ? 'unchanged' : 'changed', next, history }
}

function storedOf(row: StatusRow): Stored {
  return {
    form_id: row.formId,
    status: row.status,
    status_date: row.statusDate,
    applied_on: row.appliedOn,
    method: row.method,
    name_kana: row.nameKana,
    birth_date: row.birthDate,
    notice_sent_on: row.noticeSentOn,
  }
}

const INSERT_APPLICATION = `INSERT INTO status_applications (id, form_id, status, status_date, applied_on,
  method, name_kana, kana_key, birth_date, notice_sent_on, import_id, imported_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

/** The new state of a stored application (its id stays). */
export function updateApplication(db: Db, s: Stored, importId: string, at: string): void {
  stmt(
    db,
    `UPDATE status_applications SET status = ?, status_date = ?, applied_on = ?, method = ?, name_kana = ?,
       kana_key = ?, birth_date = ?, notice_sent_on = ?, import_id = ?, imported_at = ? WHERE form_id = ?`,
  ).run(
    s.status,
    s.status_date,
    s.applied_on,
    s.method,
    s.name_kana,
    s.name_kana === null ? null : kanaSearchKey(s.name_kana),
    s.birth_date,
    s.notice_sent_on,
    importId,
    at,
    s.form_id,
  )
}

/**
 * Inserts new applications, each straight from its checked row. The statement is looked up once per
 * import, not once per row: at 100,000 rows the lookups alone were measurable (bench:import).
 */
export function applicationInserter(
  db: Db,
  importId: string,
  at: string,
): (id: string, row: StatusRow) => void {
  const insert = stmt(db, INSERT_APPLICATION)
  return (id, row) => {
    insert.run(
      id,
      row.formId,
      row.status,
      row.statusDate,
      row.appliedOn,
      row.method,
      row.nameKana,
      row.nameKana === null ? null : kanaSearchKey(row.nameKana),
      row.birthDate,
      row.noticeSentOn,
      importId,
      at,
    )
  }
}

/**
 * status_history holds the statuses an application was reported in other than its current one (the
 * current one is its row in status_applications; migration 0019). A row about to change the current
 * status moves the old one into the history; a late row's older status joins it. Returns how many
 * statuses the application's whole history (history and current) gained: 0 or 1.
 */
export function recordPastStatus(db: Db, row: StatusRow, stored: Stored, importId: string): number {
  if (row.statusDate >= stored.status_date) {
    stmt(
      db,
      `INSERT OR IGNORE INTO status_history (form_id, status, status_date, import_id)
       SELECT form_id, status, status_date, import_id FROM status_applications WHERE form_id = ?`,
    ).run(row.formId)
    // Reported before by a late file, it is now the current status: kept once, as the current.
    const known = stmt(
      db,
      'DELETE FROM status_history WHERE form_id = ? AND status = ? AND status_date = ?',
    ).run(row.formId, row.status, row.statusDate).changes
    return 1 - known
  }
  return stmt(
    db,
    'INSERT OR IGNORE INTO status_history (form_id, status, status_date, import_id) VALUES (?, ?, ?, ?)',
  ).run(row.formId, row.status, row.statusDate, importId).changes
}

const APPLICATION_SELECT = `SELECT id, form_id, status, status_date, applied_on, method, name_kana, birth_date,
  notice_sent_on, imported_at FROM status_applications`

export function findByFormId(db: Db, formId: string): ApplicationRow | undefined {
  return stmt(db, `${APPLICATION_SELECT} WHERE form_id = ?`).get(formId) as ApplicationRow | undefined
}

export function findByPerson(db: Db, kana: string, birthDate: string): ApplicationRow[] {
  return stmt(
    db,
    `${APPLICATION_SELECT} WHERE kana_key = ? AND birth_date = ? ORDER BY status_date DESC LIMIT 10`,
  ).all(kanaSearchKey(kana), birthDate) as ApplicationRow[]
}

export function toApplication(db: Db, row: ApplicationRow): StatusApplication {
  // The past statuses, then the current one in its place by date (see recordPastStatus).
  const history = stmt(
    db,
    `SELECT status, status_date AS statusDate FROM (
       SELECT status, status_date, import_id FROM status_history WHERE form_id = @formId
       UNION ALL SELECT status, status_date, import_id FROM status_applications WHERE form_id = @formId)
     ORDER BY status_date, import_id`,
  )
  return {
    id: row.id,
    formId: row.form_id,
    status: row.status,
    statusDate: row.status_date,
    appliedOn: row.applied_on,
    method: row.method,
    nameKana: row.name_kana,
    birthDate: row.birth_date,
    noticeSentOn: row.notice_sent_on,
    importedAt: row.imported_at,
    history: history.all({ formId: row.form_id }) as StatusApplication['history'],
  }
}

export function savedMapping(db: Db, source: string): SourceMapping | null {
  const json = stmt(db, 'SELECT mapping FROM status_sources WHERE name = ?').pluck().get(source) as
    | string
    | undefined
  return json ? (JSON.parse(json) as SourceMapping) : null
}

export function saveMapping(db: Db, source: string, mapping: SourceMapping, at: string, by: string): void {
  stmt(
    db,
    `INSERT INTO status_sources (name, mapping, updated_at, updated_by) VALUES (?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at,
       updated_by = excluded.updated_by`,
  ).run(source, JSON.stringify(mapping), at, by)
}

export function allSources(db: Db): { name: string; mapping: SourceMapping; updatedAt: string }[] {
  const rows = stmt(db, 'SELECT name, mapping, updated_at FROM status_sources ORDER BY name').all() as {
    name: string
    mapping: string
    updated_at: string
  }[]
  return rows.map((r) => ({
    name: r.name,
    mapping: JSON.parse(r.mapping) as SourceMapping,
    updatedAt: r.updated_at,
  }))
}

const LABELS_KEY = 'labels'

export function currentLabels(db: Db): StatusLabel[] {
  const json = stmt(db, 'SELECT value FROM status_settings WHERE key = ?').pluck().get(LABELS_KEY) as
    | string
    | undefined
  const parsed = json ? StatusLabelList.safeParse(JSON.parse(json)) : null
  return parsed?.success ? parsed.data.labels : [...DEFAULT_STATUS_LABELS]
}

export function saveLabels(db: Db, labels: StatusLabel[], at: string, by: string): void {
  stmt(
    db,
    `INSERT INTO status_settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,
       updated_by = excluded.updated_by`,
  ).run(LABELS_KEY, JSON.stringify({ labels }), at, by)
}
