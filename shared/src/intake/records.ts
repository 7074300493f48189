import { z } from 'zod'
import { LocalDateSchema } from '../calendar/local-date'
import { CategoryCode } from '../calls/categories'
import { noIndividualNumber } from '../individual-number'

/**
 * The outreach records a tablet makes offline and syncs to the server. Every record has an id made
 * on the device (UUIDv7) and a `version` the device raises on each change, so the server keeps the
 * newest version whatever order deliveries arrive in.
 */

const Id = z.string().uuid({ message: 'invalid_format' })
const Instant = z.string().datetime({ offset: true, message: 'invalid_format' })
const FreeText = (max: number) => noIndividualNumber(z.string().max(max, { message: 'too_long' }))

export const SITE_KINDS = ['mall', 'community_hall', 'branch_office', 'other'] as const
/** 出張会場: a place the city names for pop-up sessions. Server-owned reference data. */
export const Site = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(SITE_KINDS),
  address: z.string().optional(),
})
export type Site = z.infer<typeof Site>

export const CHECK_STATES = ['ok', 'missing', 'not_applicable'] as const
export const CheckState = z.enum(CHECK_STATES)
export type CheckState = z.infer<typeof CheckState>

/** What the visitor came for. */
export const INTAKE_PURPOSES = [
  'new_application',
  'renewal',
  'reissue_after_loss',
  'photo_only',
  'consultation_only',
  'other',
] as const
export const IntakePurpose = z.enum(INTAKE_PURPOSES)
export type IntakePurpose = z.infer<typeof IntakePurpose>

/** 実施回: one day's pop-up session at one site. */
export const OutreachSessionRecord = z.object({
  id: Id,
  siteId: z.string().min(1),
  date: LocalDateSchema,
  /** Display names of the staff on duty (not personal data of visitors). */
  staffNames: z.array(z.string().max(60)).max(10),
  createdAt: Instant,
  updatedAt: Instant,
  version: z.number().int().min(1),
})
export type OutreachSessionRecord = z.infer<typeof OutreachSessionRecord>

/** 受付: one visitor at a session and their checklist. */
export const IntakeRecord = z.object({
  id: Id,
  sessionId: Id,
  /** Running number within the session (1, 2, 3…), shown instead of a name on shared screens. */
  visitorNo: z.number().int().min(1),
  purpose: IntakePurpose,
  templateId: z.string().min(1),
  templateVersion: z.number().int().min(1),
  /** Checklist item id → state. Items absent here are still unanswered. */
  checks: z.record(z.string(), CheckState),
  /** 申請書ID: 23 half-width digits. May be stored; it is not the individual number. */
  applicationFormId: z
    .string()
    .regex(/^\d{23}$/, { message: 'invalid_format' })
    .nullable(),
  /** Under 15 or an adult ward: the application is made by the legal representative. */
  legalRepresentative: z.boolean(),
  memo: FreeText(2000),
  createdAt: Instant,
  updatedAt: Instant,
  version: z.number().int().min(1),
})
export type IntakeRecord = z.infer<typeof IntakeRecord>

/** 相談記録: what was asked and answered. */
export const ConsultationNoteRecord = z.object({
  id: Id,
  sessionId: Id,
  intakeId: Id.nullable(),
  category: CategoryCode,
  text: FreeText(4000),
  followUp: z.boolean(),
  createdAt: Instant,
  updatedAt: Instant,
  version: z.number().int().min(1),
})
export type ConsultationNoteRecord = z.infer<typeof ConsultationNoteRecord>

/** 顔写真, the metadata; the JPEG itself travels by the chunked photo upload. */
export const PhotoRecord = z.object({
  id: Id,
  sessionId: Id,
  intakeId: Id,
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'invalid_format' }),
  bytes: z.number().int().min(1),
  width: z.number().int().min(1),
  height: z.number().int().min(1),
  takenAt: Instant,
  version: z.number().int().min(1),
})
export type PhotoRecord = z.infer<typeof PhotoRecord>
