import type { Mutation, SyncEntity, UpsertMutation } from '@madoguchi/shared'
import type { Db } from '../db/open'
import { stmt } from '../db/statements'

/** The table each synced entity lives in, and the columns besides the JSON that it keeps. */
const TABLES: Record<SyncEntity, string> = {
  outreach_session: 'outreach_sessions',
  intake: 'intakes',
  consultation_note: 'consultation_notes',
  photo: 'photos',
  correction_request: 'outreach_corrections',
}

export function storedVersion(db: Db, entity: SyncEntity, recordId: string): number | undefined {
  return stmt(db, `SELECT version FROM ${TABLES[entity]} WHERE id = ?`).pluck().get(recordId) as
    | number
    | undefined
}

/** Insert or replace the record with the mutation's version; the caller checked it is newer. */
export function upsertRecord(db: Db, mutation: UpsertMutation, receivedAt: string): void {
  const common = {
    id: mutation.recordId,
    version: mutation.version,
    data: JSON.stringify(mutation.data),
    device_id: mutation.deviceId,
    received_at: receivedAt,
  }
  const set =
    'version = excluded.version, data = excluded.data, device_id = excluded.device_id, received_at = excluded.received_at'
  switch (mutation.entity) {
    case 'outreach_session':
      stmt(
        db,
        `INSERT INTO outreach_sessions (id, site_id, date, version, data, device_id, received_at)
         VALUES (@id, @site_id, @date, @version, @data, @device_id, @received_at)
         ON CONFLICT (id) DO UPDATE SET site_id = excluded.site_id, date = excluded.date, ${set}`,
      ).run({ ...common, site_id: mutation.data.siteId, date: mutation.data.date })
      return
    case 'intake':
      stmt(
        db,
        `INSERT INTO intakes (id, session_id, visitor_no, version, data, device_id, received_at)
         VALUES (@id, @session_id, @visitor_no, @version, @data, @device_id, @received_at)
         ON CONFLICT (id) DO UPDATE SET session_id = excluded.session_id, visitor_no = excluded.visitor_no, ${set}`,
      ).run({ ...common, session_id: mutation.data.sessionId, visitor_no: mutation.data.visitorNo })
      return
    case 'consultation_note':
      stmt(
        db,
        `INSERT INTO consultation_notes (id, session_id, intake_id, version, data, device_id, received_at)
         VALUES (@id, @session_id, @intake_id, @version, @data, @device_id, @received_at)
         ON CONFLICT (id) DO UPDATE SET session_id = excluded.session_id, intake_id = excluded.intake_id, ${set}`,
      ).run({ ...common, session_id: mutation.data.sessionId, intake_id: mutation.data.intakeId })
      return
    case 'photo':
      stmt(
        db,
        `INSERT INTO photos (id, session_id, intake_id, sha256, version, data, device_id, received_at)
         VALUES (@id, @session_id, @intake_id, @sha256, @version, @data, @device_id, @received_at)
         ON CONFLICT (id) DO UPDATE SET session_id = excluded.session_id, intake_id = excluded.intake_id,
           sha256 = excluded.sha256, ${set}`,
      ).run({
        ...common,
        session_id: mutation.data.sessionId,
        intake_id: mutation.data.intakeId,
        sha256: mutation.data.sha256,
      })
      return
    case 'correction_request':
      // A newer version from the tablet changes the request, never what the office did with it.
      stmt(
        db,
        `INSERT INTO outreach_corrections (id, session_id, intake_id, visitor_no, version, data, device_id, received_at)
         VALUES (@id, @session_id, @intake_id, @visitor_no, @version, @data, @device_id, @received_at)
         ON CONFLICT (id) DO UPDATE SET session_id = excluded.session_id, intake_id = excluded.intake_id,
           visitor_no = excluded.visitor_no, ${set}`,
      ).run({
        ...common,
        session_id: mutation.data.sessionId,
        intake_id: mutation.data.intakeId,
        visitor_no: mutation.data.visitorNo,
      })
      return
  }
}

export interface MutationRow {
  mutation_id: string
  status: 'applied' | 'duplicate'
}

export function findMutation(db: Db, mutationId: string): MutationRow | undefined {
  return stmt(db, 'SELECT mutation_id, status FROM sync_mutations WHERE mutation_id = ?').get(mutationId) as
    | MutationRow
    | undefined
}

export function insertMutation(db: Db, mutation: Mutation, status: MutationRow['status'], at: string): void {
  stmt(
    db,
    `INSERT INTO sync_mutations (mutation_id, device_id, entity, record_id, version, status, at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    mutation.mutationId,
    mutation.deviceId,
    mutation.entity,
    mutation.recordId,
    mutation.version,
    status,
    at,
  )
}
