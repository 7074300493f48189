import { z } from 'zod'
import { CATEGORY_TIERS } from '../calls/categories'
import {
  ConsultationNoteRecord,
  IntakeRecord,
  OutreachSessionRecord,
  PhotoRecord,
  Site,
} from '../intake/records'
import { ChecklistTemplate } from '../intake/template'

/**
 * The sync protocol between a tablet and the server.
 * - push: batches of mutations; each answered on its own (applied / duplicate / rejected + reason).
 *   Idempotent by mutationId; the server keeps the highest `version` of each record.
 * - pull: server-owned reference data (sites, checklist templates, categories, later the FAQ),
 *   with a cursor so an unchanged device downloads nothing.
 * - photos: chunked, resumable, verified by the SHA-256 of the whole JPEG.
 */

export const SYNC_ENTITIES = ['outreach_session', 'intake', 'consultation_note', 'photo'] as const
export type SyncEntity = (typeof SYNC_ENTITIES)[number]

const MutationBase = z.object({
  /** UUIDv7 made on the device; the server answers a repeat with `duplicate`. */
  mutationId: z.string().uuid(),
  deviceId: z.string().min(1).max(100),
  recordId: z.string().uuid(),
  version: z.number().int().min(1),
})

export const Mutation = z.discriminatedUnion('entity', [
  MutationBase.extend({ entity: z.literal('outreach_session'), data: OutreachSessionRecord }),
  MutationBase.extend({ entity: z.literal('intake'), data: IntakeRecord }),
  MutationBase.extend({ entity: z.literal('consultation_note'), data: ConsultationNoteRecord }),
  MutationBase.extend({ entity: z.literal('photo'), data: PhotoRecord }),
])
export type Mutation = z.infer<typeof Mutation>

export const PushRequest = z.object({
  deviceId: z.string().min(1).max(100),
  mutations: z.array(z.unknown()).min(1).max(200),
})
export type PushRequest = z.infer<typeof PushRequest>

export const MutationResult = z.object({
  mutationId: z.string(),
  status: z.enum(['applied', 'duplicate', 'rejected']),
  /** For `rejected`: a stable code and field problems, shown to staff to fix; never dropped. */
  reason: z
    .object({
      code: z.string(),
      message: z.string(),
      fields: z.record(z.string(), z.array(z.object({ code: z.string(), message: z.string() }))).optional(),
    })
    .optional(),
})
export type MutationResult = z.infer<typeof MutationResult>

export const PushResponse = z.object({ results: z.array(MutationResult) })
export type PushResponse = z.infer<typeof PushResponse>

export const Category = z.object({
  code: z.string(),
  tier: z.enum(CATEGORY_TIERS),
  label: z.object({ ja: z.string(), en: z.string() }),
})

export const PullResponse = z.object({
  /** Opaque; send it back as `?cursor=` to get only what changed. */
  cursor: z.string(),
  changed: z.boolean(),
  sites: z.array(Site),
  templates: z.array(ChecklistTemplate),
  categories: z.array(Category),
})
export type PullResponse = z.infer<typeof PullResponse>

/** Photo upload: the device states the whole photo's hash and size, then sends chunks from `received`. */
export const PhotoUploadStatus = z.object({
  photoId: z.string(),
  /** Bytes the server holds so far; the device resumes from here. */
  received: z.number().int().min(0),
  bytes: z.number().int().min(1),
  /** `stored` once the whole photo arrived and its hash matched. */
  state: z.enum(['partial', 'stored']),
})
export type PhotoUploadStatus = z.infer<typeof PhotoUploadStatus>

/**
 * Largest chunk the server accepts (and the size the device sends). 1 MB: a typical ~300 KB photo
 * goes in one request; a larger one still resumes chunk by chunk.
 */
export const PHOTO_CHUNK_BYTES = 1024 * 1024
/** The digital photo rules: 20 KB – 7 MB. */
export const PHOTO_MAX_BYTES = 7 * 1024 * 1024
