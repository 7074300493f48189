import {
  DeviceAuditRequest,
  DeviceAuditResponse,
  PHOTO_CHUNK_BYTES,
  PhotoUploadStatus,
  PullResponse,
  PushRequest,
  PushResponse,
  ReferenceQuery,
  ReferenceResponse,
  tokyoDate,
  Uuid,
} from '@madoguchi/shared'
import { z } from 'zod'
import { current } from '../auth/current'
import { backupState } from '../db/generation'
import { AppError } from '../errors'
import { feature, route } from '../http/route'
import { storeDeviceAudit } from './device-audit-service'
import { receiveChunk, uploadStatus } from './photo-service'
import { applyPush } from './push-service'
import { pullByKind, pullReference } from './reference-service'

/** Who syncs: the tablet staff, and supervisors and admins who may run a tablet too. */

const PhotoParams = z.object({ photoId: z.string().uuid() })
const ChunkQuery = z.object({
  offset: z.coerce.number().int().min(0),
  bytes: z.coerce.number().int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'invalid_format' }),
  /** The sending tablet's id: an upload belongs to the device and account that started it. */
  device: Uuid,
})
/** A chunk plus room for nothing else: anything above is refused with 413 before it is read. */
const CHUNK_LIMIT = PHOTO_CHUNK_BYTES + 1024

export const syncFeature = feature('sync', '/api/sync', [
  route({
    method: 'post',
    path: '/push',
    permission: 'sync.device',
    summary: 'Apply a batch of mutations; each is answered applied, duplicate or rejected with a reason',
    body: PushRequest,
    response: PushResponse,
    maxBodyBytes: 4 * 1024 * 1024,
    handler: (c, { body }) => c.json(applyPush(c.var.deps, current(c), body, c.var.lang)),
  }),
  route({
    method: 'post',
    path: '/audit',
    permission: 'sync.device',
    summary: "The tablet's audit trail (records staff opened there); each entry stored once by its id",
    body: DeviceAuditRequest,
    response: DeviceAuditResponse,
    handler: (c, { body }) => c.json(storeDeviceAudit(c.var.deps, current(c), body)),
  }),
  route({
    method: 'get',
    path: '/pull',
    permission: 'sync.device',
    summary: 'Reference data (sites, checklist templates, categories) changed since the cursor',
    query: z.object({ cursor: z.string().max(40).optional() }),
    response: PullResponse,
    handler: (c, { query }) =>
      c.json({ ...pullReference(c.var.deps.db, query.cursor), server: backupState(c.var.deps.db) }),
  }),
  route({
    method: 'get',
    path: '/reference',
    permission: 'sync.device',
    summary:
      'Reference data by kind (sites, templates, categories, faq, faqSynonyms, schedule from today on): for each kind asked with the version held, what changed and what was deleted since',
    query: ReferenceQuery,
    response: ReferenceResponse,
    handler: (c, { query }) =>
      c.json({
        ...pullByKind(c.var.deps.db, query, tokyoDate(c.var.deps.now())),
        server: backupState(c.var.deps.db),
      }),
  }),
  route({
    method: 'get',
    path: '/photos/:photoId',
    permission: 'sync.device',
    summary: "How many bytes of a photo the server holds (404: none yet, or another account's)",
    params: PhotoParams,
    response: PhotoUploadStatus,
    handler: (c, { params }) => c.json(uploadStatus(c.var.deps, current(c), params.photoId)),
  }),
  route({
    method: 'put',
    path: '/photos/:photoId/chunks',
    permission: 'sync.device',
    summary:
      "One chunk of a photo at an offset; the last one is verified against the SHA-256 of the whole. 403 not_owner: another tablet's upload",
    params: PhotoParams,
    query: ChunkQuery,
    rawBody: 'application/octet-stream',
    maxBodyBytes: CHUNK_LIMIT,
    response: PhotoUploadStatus,
    handler: async (c, { params, query }) => {
      let data: Uint8Array
      try {
        data = new Uint8Array(await c.req.arrayBuffer())
      } catch (error) {
        if (error instanceof AppError) throw error
        throw new AppError('bad_request') // the connection broke mid-chunk; nothing was written
      }
      const outcome = receiveChunk(c.var.deps, current(c), { photoId: params.photoId, ...query, data })
      if (outcome.mismatch) throw new AppError('hash_mismatch', undefined, { upload: outcome.status })
      if (outcome.invalid) {
        throw new AppError('invalid_photo', undefined, { upload: outcome.status, problem: outcome.invalid })
      }
      return c.json(outcome.status)
    },
  }),
])
