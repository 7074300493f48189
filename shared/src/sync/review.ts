import { z } from 'zod'
import { CategoryCode } from '../calls/categories'
import { INTAKE_STEPS, MISSING_KEYS } from '../intake/checklist'
import { CheckState, IntakePurpose } from '../intake/records'

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

export const ReviewSessionDetail = z.object({
  session: ReviewSessionSummary,
  intakes: z.array(ReviewIntake),
  notes: z.array(ReviewNote),
  photos: z.array(ReviewPhoto),
})
export type ReviewSessionDetail = z.infer<typeof ReviewSessionDetail>
