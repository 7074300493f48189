import { z } from 'zod'
import { CategoryCode } from '../calls/categories'
import { INTAKE_STEPS, MISSING_KEYS } from '../intake/checklist'
import { CheckState, CorrectionTopic, IntakePurpose, SessionEndSummary } from '../intake/records'
import { safeText } from '../text/safe-text'

/**
 * What supervisors and city staff see of the outreach records that arrived on the server: per
 * session, its intakes with the checklist state, its notes and its photos (fetched as JPEG by id).
 */
export const ReviewSessionSummary = z.object({
  id: z.string(),
  siteId: z.string(),
  siteName: z.string().nullable(),
  date: z.string(),
  staffNames: z.array(z.string()),
  intakes: z.number().int(),
  notes: z.number().int(),
  photos: z.number().int(),
  /** Intakes complete / incomplete by the checklist rule (shared/src/intake), as the tablet judged them. */
  complete: z.number().int(),
  incomplete: z.number().int(),
  lastReceivedAt: z.string(),
  /** 実施回を終える on the tablet: when, by whom (a staff name, when the server knows the id), what it counted. */
  ended: z
    .object({ at: z.string(), byName: z.string().nullable(), summary: SessionEndSummary.nullable() })
    .nullable(),
  /** Correction requests from the tablet not yet applied or dismissed by the office. */
  openCorrections: z.number().int(),
})
export type ReviewSessionSummary = z.infer<typeof ReviewSessionSummary>

export const ReviewSessionList = z.object({ sessions: z.array(ReviewSessionSummary) })
export type ReviewSessionList = z.infer<typeof ReviewSessionList>

/** Counts over the items of the template the intake was filled against. */
export const ChecklistTally = z.object({
  ok: z.number().int(),
  missing: z.number().int(),
  notApplicable: z.number().int(),
  unanswered: z.number().int(),
})
export type ChecklistTally = z.infer<typeof ChecklistTally>

/** One thing the checklist rule finds missing: a catalog key, worded the same as on the tablet. */
export const ReviewMissing = z.object({
  step: z.enum(INTAKE_STEPS),
  key: z.enum(MISSING_KEYS),
  /** The template item concerned (a consent, the form), when there is one. */
  itemId: z.string().optional(),
  /** A number the wording needs (digits of the 申請書ID still missing). */
  count: z.number().int().optional(),
})
export type ReviewMissing = z.infer<typeof ReviewMissing>

export const ReviewIntake = z.object({
  id: z.string(),
  visitorNo: z.number().int(),
  purpose: IntakePurpose,
  templateId: z.string(),
  templateVersion: z.number().int(),
  checks: z.record(z.string(), CheckState),
  /** Template item id → label, for the items of the template version used. */
  itemLabels: z.record(z.string(), z.object({ ja: z.string(), en: z.string() })),
  tally: ChecklistTally,
  /**
   * The checklist rule (the one the tablet uses) over the intake with the photos and notes that
   * arrived for it: a photo still uploading counts as missing until its metadata is here.
   */
  checklist: z.object({ complete: z.boolean(), missing: z.array(ReviewMissing) }),
  applicationFormId: z.string().nullable(),
  legalRepresentative: z.boolean(),
  memo: z.string(),
  /** 未完了のまま閉じる: the reason staff gave on the tablet. */
  closedIncomplete: z.object({ reason: z.string(), at: z.string() }).nullable(),
  version: z.number().int(),
  receivedAt: z.string(),
})
export type ReviewIntake = z.infer<typeof ReviewIntake>

export const ReviewNote = z.object({
  id: z.string(),
  intakeId: z.string().nullable(),
  category: CategoryCode,
  text: z.string(),
  followUp: z.boolean(),
  version: z.number().int(),
})
export type ReviewNote = z.infer<typeof ReviewNote>

export const ReviewPhoto = z.object({
  id: z.string(),
  intakeId: z.string(),
  bytes: z.number().int(),
  width: z.number().int(),
  height: z.number().int(),
  takenAt: z.string(),
  sha256: z.string(),
  /** The JPEG itself has arrived and been verified (the record can come before its bytes). */
  stored: z.boolean(),
})
export type ReviewPhoto = z.infer<typeof ReviewPhoto>

export const CORRECTION_STATES = ['open', 'applied', 'dismissed'] as const

/** 訂正依頼 as the office sees it, with how it was resolved. */
export const ReviewCorrection = z.object({
  id: z.string(),
  intakeId: z.string(),
  visitorNo: z.number().int(),
  topic: CorrectionTopic,
  text: z.string(),
  filedAt: z.string(),
  status: z.enum(CORRECTION_STATES),
  resolvedAt: z.string().nullable(),
  resolvedByName: z.string().nullable(),
  resolution: z.string().nullable(),
})
export type ReviewCorrection = z.infer<typeof ReviewCorrection>

/** The open requests across sessions, each with its session's date and site. */
export const ReviewCorrectionList = z.object({
  corrections: z.array(
    ReviewCorrection.extend({
      sessionId: z.string(),
      date: z.string().nullable(),
      siteId: z.string().nullable(),
    }),
  ),
})
export type ReviewCorrectionList = z.infer<typeof ReviewCorrectionList>

/** The office applied the correction (saying what it changed) or found nothing to change. */
export const ResolveCorrectionRequest = z.object({
  status: z.enum(['applied', 'dismissed']),
  resolution: safeText({ max: 1000, min: 1, multiline: true, trim: true }),
})
export type ResolveCorrectionRequest = z.infer<typeof ResolveCorrectionRequest>

export const ReviewSessionDetail = z.object({
  session: ReviewSessionSummary,
  intakes: z.array(ReviewIntake),
  notes: z.array(ReviewNote),
  photos: z.array(ReviewPhoto),
  corrections: z.array(ReviewCorrection),
})
export type ReviewSessionDetail = z.infer<typeof ReviewSessionDetail>
