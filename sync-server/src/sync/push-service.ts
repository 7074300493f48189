import {
  fieldProblemsOf,
  type Lang,
  type Mutation,
  type MutationResult,
  type PushRequest,
  type PushResponse,
  parseMutation,
  translate,
} from '@madoguchi/shared'
import { audited } from '../audit/unit'
import type { StaffSession } from '../auth/session'
import { backupState } from '../db/generation'
import type { Deps } from '../deps'
import { actedByOf, editedByOf } from './acted-by'
import { applyDeletion, supersededByDeletion } from './delete-service'
import { isOwnedBy, ownerOf } from './ownership'
import { findUpload } from './photo-queries'
import { findMutation, insertMutation, storedVersion, upsertRecord } from './record-queries'
import { unknownReferences } from './reference-check'

/**
 * How far past the held version a device may jump. The device sends only a record's newest version
 * (its outbox keeps one entry per record, pwa/src/db/records.ts), so a record edited several times
 * offline arrives some versions ahead; no real tablet saves one record a thousand times between two
 * syncs. Without a bound one push of 2^53-1 froze the record against every later edit.
 */
export const MAX_VERSION_STEP = 1000

/**
 * Apply a pushed batch. Each mutation is judged and applied in its own write transaction, so a crash
 * half-way keeps the ones already answered and a retry of the batch finds them as `duplicate`.
 * A bad mutation never fails the batch: it comes back `rejected` with a reason staff can act on.
 */
export function applyPush(deps: Deps, session: StaffSession, request: PushRequest, lang: Lang): PushResponse {
  const results = request.mutations.map((raw) => applyOne(deps, session, raw, lang))
  // Read after the batch: an answer never claims a backup holds what it has not seen yet.
  return { results, server: backupState(deps.db) }
}

type Reason = NonNullable<MutationResult['reason']>

function reject(mutationId: string, lang: Lang, code: string, fields?: Reason['fields']): MutationResult {
  return {
    mutationId,
    status: 'rejected',
    reason: { code, message: translate(lang, `sync.reject.${code}`), ...(fields ? { fields } : {}) },
  }
}

function mutationIdOf(raw: unknown): string {
  const id = (raw as { mutationId?: unknown } | null)?.mutationId
  return typeof id === 'string' ? id.slice(0, 100) : ''
}

function applyOne(deps: Deps, session: StaffSession, raw: unknown, lang: Lang): MutationResult {
  const parsed = parseMutation(raw)
  if (!parsed.success) {
    const fields = fieldProblemsOf(parsed.error.issues, (key) => translate(lang, key))
    const individual = Object.values(fields).some((ps) => ps.some((p) => p.code === 'individual_number'))
    return reject(mutationIdOf(raw), lang, individual ? 'individual_number' : 'invalid', fields)
  }
  const m = parsed.data
  if (m.recordId !== m.data.id || m.version !== m.data.version) {
    return reject(m.mutationId, lang, 'mismatch')
  }
  const unknown = m.op === 'delete' ? null : unknownReferences(deps.db, m, lang)
  if (unknown) return reject(m.mutationId, lang, 'invalid', unknown)
  const at = deps.now().toISOString()
  // Only an applied change is audited, and its action (create, update, delete) is known inside: the
  // row is written with unit.record, so `entry` is null.
  return audited(deps, session, null, (unit): MutationResult => {
    // A mutation id seen before gets the same answer, whatever happened to the record since.
    if (findMutation(deps.db, m.mutationId)) return alreadyHeld(m.mutationId, at)
    if (!ownsAll(deps, session, m)) return reject(m.mutationId, lang, 'not_owner')
    if (m.op === 'delete') return stamped(applyDeletion(deps, unit, session.user.id, m, at), at)
    // A deleted record stays deleted, whatever version arrives later (`duplicate`: nothing to resend).
    if (supersededByDeletion(deps, m, at)) return alreadyHeld(m.mutationId, at)
    if (m.entity === 'photo') {
      const upload = findUpload(deps.db, m.recordId)
      const stored =
        upload?.state === 'stored' && upload.sha256 === m.data.sha256 && upload.bytes === m.data.bytes
      if (!stored) return reject(m.mutationId, lang, 'photo_not_stored')
    }
    // The server keeps the highest version. An older or equal one changes nothing: it is answered
    // `duplicate`, which tells the device the server already holds that version or a newer one.
    const held = storedVersion(deps.db, m.entity, m.recordId)
    if (held !== undefined && held >= m.version) {
      insertMutation(deps.db, m, 'duplicate', at)
      return alreadyHeld(m.mutationId, at)
    }
    if (m.version > (held ?? 0) + MAX_VERSION_STEP) return reject(m.mutationId, lang, 'version_gap')
    upsertRecord(deps.db, m, at)
    insertMutation(deps.db, m, 'applied', at)
    unit.record({
      action: held === undefined ? 'sync_create' : 'sync_update',
      entity: m.entity,
      entityId: m.recordId,
      detail: { version: m.version, deviceId: m.deviceId, ...actedByOf(deps, m), ...editedByOf(deps, m) },
    })
    return { mutationId: m.mutationId, status: 'applied', appliedAt: at }
  })
}

/**
 * The server holds this version or a newer one (or the record's deletion). `at` is this answer's
 * time: the version may have arrived earlier, so a backup after `at` certainly holds it.
 */
const alreadyHeld = (mutationId: string, at: string): MutationResult => ({
  mutationId,
  status: 'duplicate',
  appliedAt: at,
})

const stamped = (result: MutationResult, at: string): MutationResult =>
  result.status === 'rejected' ? result : { ...result, appliedAt: at }

/**
 * The record, and the session or intake it hangs on when the server has them, belong to this account
 * on this device (ownership.ts). A note or a photo cannot be hung on another tablet's visitor, and a
 * deletion cannot reach another tablet's records.
 */
function ownsAll(deps: Deps, session: StaffSession, m: Mutation): boolean {
  const staffId = session.user.id
  const mine = (entity: string, id: string | null | undefined) =>
    !id || isOwnedBy(ownerOf(deps.db, entity, id), staffId, m.deviceId)
  if (!mine(m.entity, m.recordId)) return false
  // A photo's bytes are owned under the photo's id before its record exists (photo_upload_started).
  if (m.op === 'delete') return mine('outreach_session', m.data.sessionId)
  const data = m.data as { sessionId?: string; intakeId?: string | null }
  return mine('outreach_session', data.sessionId) && mine('intake', data.intakeId)
}
