import { z } from 'zod'
import { CATEGORY_TIERS } from '../calls/categories'
import {
  ConsultationNoteRecord,
  CorrectionRequestRecord,
  IntakeRecord,
  OutreachSessionRecord,
  PhotoRecord,
  Site,
} from '../intake/records'
import { ChecklistTemplate } from '../intake/template'
import { PlausibleInstant, Uuid } from '../text/formats'

/**
 * The sync protocol between a tablet and the server.
 * - push: batches of mutations; each answered on its own (applied / duplicate / rejected + reason).
 *   Idempotent by mutationId; the server keeps the highest `version` of each record.
 * - pull: server-owned reference data (sites, checklist templates, categories, later the FAQ),
 *   with a cursor so an unchanged device downloads nothing.
 * - photos: chunked, resumable, verified by the SHA-256 of the whole JPEG.
 */

export const SYNC_ENTITIES = [
  'outreach_session',
  'intake',
  'consultation_note',
  'photo',
  'correction_request',
] as const
export type SyncEntity = (typeof SYNC_ENTITIES)[number]

/**
 * What may be deleted from the tablet: a visitor or a note staff entered by mistake, and a photo a
 * retake replaced (the face of someone staff rejected is not kept on the server either). A session is
 * not personal and is never deleted.
 */
export const DELETABLE_ENTITIES = ['intake', 'consultation_note', 'photo'] as const
export type DeletableEntity = (typeof DELETABLE_ENTITIES)[number]

/** The most editors one mutation names; a tablet keeps the latest ones beyond it. */
export const MUTATION_EDITORS_MAX = 20

const MutationBase = z.object({
  /** UUIDv7 made on the device; the server answers a repeat with `duplicate`. */
  mutationId: Uuid,
  /** The device's id, a UUID it made once (pwa/src/sync/device.ts). */
  deviceId: Uuid,
  recordId: Uuid,
  version: z.number().int().min(1),
  /**
   * The staff member who unlocked the tablet with their own PIN when the change was saved. On a
   * shared tablet that may be a colleague of the signed-in account; the server's audit names both.
   */
  actedBy: Uuid.optional(),
  /**
   * Everyone whose edits this version carries, in the order they first edited, `actedBy` last: the
   * tablet sends only a record's newest version, so staff A's unsent edits saved over by staff B
   * travel in B's mutation. Absent when one person made them all.
   */
  editedBy: z.array(Uuid).min(1).max(MUTATION_EDITORS_MAX).optional(),
})

/** A record's new version. `op` may be left out (devices before deletion existed never sent it). */
const Put = MutationBase.extend({ op: z.literal('put').optional() })

export const UpsertMutation = z.discriminatedUnion('entity', [
  Put.extend({ entity: z.literal('outreach_session'), data: OutreachSessionRecord }),
  Put.extend({ entity: z.literal('intake'), data: IntakeRecord }),
  Put.extend({ entity: z.literal('consultation_note'), data: ConsultationNoteRecord }),
  Put.extend({ entity: z.literal('photo'), data: PhotoRecord }),
  Put.extend({ entity: z.literal('correction_request'), data: CorrectionRequestRecord }),
])
export type UpsertMutation = z.infer<typeof UpsertMutation>

/**
 * What a deletion carries: ids only, nothing personal. `version` is one above the device's last
 * version of the record. `photoIds` are the photos of a deleted intake the device still held: their
 * bytes may have reached the server before their metadata, so the server could not find them by intake.
 * A note's or a photo's deletion names none (a photo deletes its own bytes by its id).
 */
export const Tombstone = z.object({
  id: Uuid,
  sessionId: Uuid,
  photoIds: z.array(Uuid).max(20),
  deletedAt: PlausibleInstant,
  version: z.number().int().min(1),
})
export type Tombstone = z.infer<typeof Tombstone>

/**
 * A record deleted on the device. Final: the server removes the record (with an intake, its notes
 * and photos; with a photo, its stored bytes), keeps a tombstone of ids, and answers any later
 * version of it `duplicate`.
 */
export const DeleteMutation = MutationBase.extend({
  op: z.literal('delete'),
  entity: z.enum(DELETABLE_ENTITIES),
  data: Tombstone,
}).refine((m) => m.entity === 'intake' || m.data.photoIds.length === 0, {
  // Only an intake takes photos with it: a photo's deletion must not reach another photo.
  path: ['data', 'photoIds'],
  message: 'invalid_format',
})
export type DeleteMutation = z.infer<typeof DeleteMutation>

export type Mutation = UpsertMutation | DeleteMutation

/**
 * Parse one pushed mutation. `op` picks the schema first, so a problem is reported on the fields of
 * the kind of mutation the device meant rather than as "matches no option".
 */
export function parseMutation(raw: unknown): z.ZodSafeParseResult<Mutation> {
  const op = (raw as { op?: unknown } | null)?.op
  return op === 'delete' ? DeleteMutation.safeParse(raw) : UpsertMutation.safeParse(raw)
}

export const PushRequest = z.object({
  deviceId: Uuid,
  mutations: z.array(z.unknown()).min(1).max(200),
})
export type PushRequest = z.infer<typeof PushRequest>

/**
 * With every sync answer: which life of the server's database this is, and the server time up to
 * which everything it acknowledged is in a completed backup (null: no backup yet in this
 * generation). A tablet purges a record only once its acknowledgement is in this generation and no
 * later than `backedUpThrough`; when the generation changes (the server was restored from a
 * backup) it sends again everything it still holds, deletions included.
 */
export const ServerBackup = z.object({
  generation: z.string().min(1).max(64),
  backedUpThrough: z.string().datetime({ offset: true }).nullable(),
})
export type ServerBackup = z.infer<typeof ServerBackup>

export const MutationResult = z.object({
  mutationId: z.string(),
  status: z.enum(['applied', 'duplicate', 'rejected']),
  /**
   * For `applied` and `duplicate`: the server time by which it held this version (when it applied
   * it; for a repeat, this answer's time, never earlier than the real one).
   */
  appliedAt: z.string().datetime({ offset: true }).optional(),
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

export const PushResponse = z.object({ results: z.array(MutationResult), server: ServerBackup.optional() })
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
  server: ServerBackup.optional(),
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
