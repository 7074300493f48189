import { z } from 'zod'
import { LocalDateSchema } from '../calendar/local-date'
import { CategoryCode } from '../calls/categories'
import { applicationFormIdProblem } from '../text/form-id'
import { CodeId, PlausibleInstant, Uuid } from '../text/formats'
import { safeText } from '../text/safe-text'
import { ConsentAnswer } from './consent'

/**
 * The outreach records a tablet makes offline and syncs to the server. Every record has an id made
 * on the device (UUIDv7) and a `version` the device raises on each change, so the server keeps the
 * newest version whatever order deliveries arrive in.
 */

const Id = Uuid
const Instant = PlausibleInstant
const FreeText = (max: number) => safeText({ max, multiline: true })

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

/**
 * What the tablet counted when staff ended the session (実施回を終える): numbers only, so the office
 * can compare them with what arrived. `applications`: visitors who came to apply (new, renewal,
 * reissue) whose checklist was complete; `incomplete`: visitors still incomplete, closed with a reason.
 */
export const SessionEndSummary = z.object({
  served: z.number().int().min(0).max(100_000),
  applications: z.number().int().min(0).max(100_000),
  photos: z.number().int().min(0).max(100_000),
  consultations: z.number().int().min(0).max(100_000),
  incomplete: z.number().int().min(0).max(100_000),
})
export type SessionEndSummary = z.infer<typeof SessionEndSummary>

/** 実施回: one day's pop-up session at one site. */
export const OutreachSessionRecord = z.object({
  id: Id,
  /** One of the sites the server lists (checked against its reference data). */
  siteId: CodeId,
  date: LocalDateSchema,
  /** Display names of the staff on duty (not personal data of visitors). */
  staffNames: z.array(safeText({ max: 60 })).max(10),
  /**
   * The planned session (実施日程) this one was started from, when it was. Optional: sessions started
   * without a plan, and tablets older than the schedule, have none.
   */
  plannedId: Id.optional(),
  /**
   * 実施回を終える: when staff ended the session and who (the staff id that unlocked the tablet), with
   * what the tablet counted then. Absent while the session runs; once set, the tablet adds no
   * visitors and may purge the session's finished visitors (pwa/src/sync/purge-rule.ts).
   */
  endedAt: Instant.optional(),
  endedBy: Id.optional(),
  endSummary: SessionEndSummary.optional(),
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
  visitorNo: z.number().int().min(1).max(100_000),
  purpose: IntakePurpose,
  /** A template the server lists (checked against its reference data, with its items). */
  templateId: CodeId,
  templateVersion: z.number().int().min(1).max(10_000),
  /** Checklist item id → state. Items absent here are still unanswered. */
  checks: z.record(CodeId, CheckState).refine((c) => Object.keys(c).length <= 100, { message: 'too_big' }),
  /**
   * Consent item id → the visitor's answer. Optional: intakes queued before it existed kept their
   * consents in `checks`, and the server still accepts them (see consent.ts).
   */
  consents: z.record(CodeId, ConsentAnswer).optional(),
  /** 申請書ID: 23 half-width digits, well-formed (form-id.ts). May be stored; it is not the individual number. */
  applicationFormId: z
    .string()
    .regex(/^\d{23}$/, { message: 'invalid_format' })
    .refine((id) => applicationFormIdProblem(id) === null, { message: 'invalid_format' })
    .nullable(),
  /** Under 15 or an adult ward: the application is made by the legal representative. */
  legalRepresentative: z.boolean(),
  memo: FreeText(2000),
  /**
   * 未完了のまま閉じる: staff decided the visitor will not be completed here (left, came back another
   * day) and said why. Until then an incomplete visitor never leaves the tablet.
   */
  closedIncomplete: z
    .object({
      reason: safeText({ max: 500, min: 1, multiline: true, trim: true }),
      at: Instant,
      by: Id.optional(),
    })
    .optional(),
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
  /**
   * Staff used the photo although a check found problems (the measured checks or the face check):
   * which ones, and why, so the office can see the photo was accepted knowingly.
   */
  override: z
    .object({
      problems: z.array(CodeId).max(20),
      reason: FreeText(200).min(1, { message: 'required' }),
    })
    .optional(),
  version: z.number().int().min(1),
})
export type PhotoRecord = z.infer<typeof PhotoRecord>

/** What a correction request is about, so the office knows where to look without reading the text. */
export const CORRECTION_TOPICS = [
  'purpose',
  'identity',
  'form',
  'photo',
  'consultation',
  'consent',
  'other',
] as const
export const CorrectionTopic = z.enum(CORRECTION_TOPICS)
export type CorrectionTopic = z.infer<typeof CorrectionTopic>

/**
 * 訂正依頼: staff noticed a mistake in a visitor already sent and cleared from the tablet. It travels
 * by the sync push like any record (made offline, sent exactly once); the office applies it on the
 * server and marks it done (sync-server/src/outreach-review/corrections.ts).
 */
export const CorrectionRequestRecord = z.object({
  id: Id,
  sessionId: Id,
  intakeId: Id,
  visitorNo: z.number().int().min(1).max(100_000),
  topic: CorrectionTopic,
  text: safeText({ max: 1000, min: 1, multiline: true, trim: true }),
  createdAt: Instant,
  updatedAt: Instant,
  version: z.number().int().min(1),
})
export type CorrectionRequestRecord = z.infer<typeof CorrectionRequestRecord>
