import type { Db } from '../db/open'
import { stmt } from '../db/statements'

/**
 * Who a synced record belongs to: the device that first sent it and the account signed in there.
 * Another device or another account may not change it, delete it, or restart its photo upload (a
 * supervisor's correction, if ever wanted, is its own audited path). Device ids are made by the
 * device and could be copied, so the account, which the session proves, is checked as well.
 *
 * The owner is read from the audit row that brought the record to the server (sync_create,
 * sync_delete when its deletion came first, photo_upload_started when a photo's bytes came before
 * its metadata): that row is written in the same transaction, names the account and the device, and
 * can never be changed or removed, so the owner survives the record's deletion too. No column or
 * migration is needed, and records sent before this rule existed have their owner already.
 */
export interface Owner {
  staffId: string | null
  deviceId: string | null
}

/** The audit actions that make the first appearance of a synced record (or of its photo's bytes). */
const FIRST_ACTIONS = "('sync_create', 'sync_delete', 'photo_upload_started')"

export function ownerOf(db: Db, entity: string, recordId: string): Owner | undefined {
  const row = stmt(
    db,
    `SELECT actor_id AS staffId, json_extract(detail, '$.deviceId') AS deviceId FROM audit_log
     WHERE entity = ? AND entity_id = ? AND action IN ${FIRST_ACTIONS} ORDER BY id LIMIT 1`,
  ).get(entity, recordId) as Owner | undefined
  return row
}

/** Whether `owner` (if the record has one yet) is this account on this device. */
export function isOwnedBy(owner: Owner | undefined, staffId: string, deviceId: string): boolean {
  if (!owner) return true
  return owner.staffId === staffId && (owner.deviceId === null || owner.deviceId === deviceId)
}
