import type { DeleteMutation, MutationResult, UpsertMutation } from '@madoguchi/shared'
import type { Unit } from '../audit/unit'
import type { Deps } from '../deps'
import { actedByOf } from './acted-by'
import { isOwnedBy, ownerOf } from './ownership'
import { insertMutation, storedVersion } from './record-queries'
import {
  childrenOf,
  deletePhoto,
  deleteRecord,
  findTombstone,
  insertTombstone,
  isDeleted,
  photoIntake,
  withSecureDelete,
} from './tombstone-queries'

/**
 * Deletion of a visitor or a note that staff entered by mistake, or of a photo a retake replaced
 * (a face staff rejected is not kept). Runs inside the push's audited unit for the mutation. The personal data goes for good: the rows are deleted (with
 * secure_delete, so their bytes do not linger in free pages), an intake takes its notes and photos
 * with it, and only a tombstone of ids stays so nothing can bring the record back.
 *
 * A deletion is final and does not compete on version: staff said the record should not exist, and
 * no device can hold a newer version of a record it deleted (ids are made once, on one device).
 */
export function applyDeletion(
  deps: Deps,
  unit: Unit,
  staffId: string,
  m: DeleteMutation,
  at: string,
): MutationResult {
  const { db } = deps
  if (findTombstone(db, m.recordId)) {
    insertMutation(db, m, 'duplicate', at)
    return { mutationId: m.mutationId, status: 'duplicate' }
  }
  const held = storedVersion(db, m.entity, m.recordId)
  const removed = withSecureDelete(db, () => {
    const children =
      m.entity === 'intake' ? childrenOf(db, m.recordId) : { notes: [] as string[], photos: [] as string[] }
    // Photos the device named that the server holds under another intake are not this deletion's.
    // Nor are another tablet's uploads that no record ties to an intake yet.
    const named = m.data.photoIds.filter(
      (id) =>
        (photoIntake(db, id) ?? m.recordId) === m.recordId &&
        isOwnedBy(ownerOf(db, 'photo', id), staffId, m.deviceId),
    )
    const photos = [...new Set([...children.photos, ...named])]
    // Tombstones first: the byte check of deletePhoto must see every photo this deletion takes.
    const tomb = { session_id: m.data.sessionId, device_id: m.deviceId, deleted_at: at }
    insertTombstone(db, {
      ...tomb,
      record_id: m.recordId,
      entity: m.entity,
      deleted_with: null,
      version: m.version,
    })
    for (const id of children.notes) {
      insertTombstone(db, {
        ...tomb,
        record_id: id,
        entity: 'consultation_note',
        deleted_with: m.recordId,
        version: 0,
      })
    }
    for (const id of photos) {
      insertTombstone(db, { ...tomb, record_id: id, entity: 'photo', deleted_with: m.recordId, version: 0 })
    }
    if (m.entity !== 'photo') deleteRecord(db, m.entity, m.recordId)
    for (const id of children.notes) deleteRecord(db, 'consultation_note', id)
    // A photo a retake replaced goes alone, with its bytes (the same rule as an intake's photos).
    const ownPhoto = m.entity === 'photo' && deletePhoto(db, m.recordId) ? 1 : 0
    const photosHeld = photos.filter((id) => deletePhoto(db, id)).length + ownPhoto
    return { notes: children.notes.length, photos: photosHeld }
  })
  insertMutation(db, m, 'applied', at)
  unit.record({
    action: 'sync_delete',
    entity: m.entity,
    entityId: m.recordId,
    detail: {
      version: m.version,
      deviceId: m.deviceId,
      held: held !== undefined,
      notes: removed.notes,
      photos: removed.photos,
      ...actedByOf(deps, m),
    },
  })
  return { mutationId: m.mutationId, status: 'applied' }
}

/**
 * A record, or the intake it belongs to, was deleted: a late delivery of it changes nothing. A photo
 * whose bytes arrived before its intake was deleted loses them now.
 */
export function supersededByDeletion(deps: Deps, m: UpsertMutation, at: string): boolean {
  const { db } = deps
  const parent = m.entity === 'photo' || m.entity === 'consultation_note' ? m.data.intakeId : null
  if (!isDeleted(db, m.recordId) && !(parent && isDeleted(db, parent))) return false
  if (m.entity === 'photo') withSecureDelete(db, () => deletePhoto(db, m.recordId))
  if (parent && !isDeleted(db, m.recordId)) {
    const entity = m.entity as 'photo' | 'consultation_note'
    insertTombstone(db, {
      record_id: m.recordId,
      entity,
      session_id: 'sessionId' in m.data ? m.data.sessionId : m.recordId,
      deleted_with: parent,
      version: 0,
      device_id: m.deviceId,
      deleted_at: at,
    })
  }
  insertMutation(db, m, 'duplicate', at)
  return true
}
