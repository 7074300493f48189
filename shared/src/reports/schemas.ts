import { z } from 'zod'
import type { LocalDate } from '../calendar/local-date'
import { LocalDateSchema } from '../calendar/local-date'
import type { CategoryTier } from '../calls/categories'
import { CodeId, Uuid } from '../text/formats'
import { safeText } from '../text/safe-text'
import { CdrMapping } from './cdr'
import type { FaqReportSection } from './faq-section'
import type { CallFigures, DayRow } from './figures'
import type { ReportMonth } from './month'
import type { PlanResultRow } from './plan-join'
import type { BookingTable, DepartmentRow, PopUpRow } from './sections'

/** The report's wire contract: the CDR import, the remarks, the proposals register, the report. */

/** A telephone service's name as madoguchi keys its mapping and rows: 'ntt-cloud', 'pbx'. */
export const ProviderName = CodeId

export const CdrUpload = z.object({
  provider: ProviderName,
  fileName: safeText({ max: 200, trim: true }),
  /** The file's bytes, base64: UTF-8 (with or without BOM) or Shift_JIS, told apart on the server. */
  content: z.string().max(40_000_000),
  /** Absent: the provider's saved mapping, else a guess from the header. */
  mapping: CdrMapping.optional(),
})
export type CdrUpload = z.infer<typeof CdrUpload>

export const PROPOSAL_STATUSES = ['proposed', 'discussing', 'in_progress', 'done', 'declined'] as const
export const ProposalStatus = z.enum(PROPOSAL_STATUSES)
export type ProposalStatus = z.infer<typeof ProposalStatus>

export const ProposalInput = z.object({
  title: safeText({ max: 120, min: 1, trim: true }),
  content: safeText({ max: 4000, min: 1, trim: true, multiline: true }),
  proposer: safeText({ max: 60, min: 1, trim: true }),
  status: ProposalStatus,
  proposedOn: LocalDateSchema,
  decidedOn: LocalDateSchema.nullable(),
  doneOn: LocalDateSchema.nullable(),
  effect: safeText({ max: 2000, trim: true, multiline: true }),
})
export type ProposalInput = z.infer<typeof ProposalInput>

export const SaveProposalRequest = ProposalInput.extend({
  id: Uuid,
  /** 0 for a new proposal; else the version read, so two editors never overwrite each other. */
  expectedVersion: z.number().int().min(0),
})
export type SaveProposalRequest = z.infer<typeof SaveProposalRequest>

export interface Proposal extends ProposalInput {
  id: string
  updatedAt: string
  updatedByName: string | null
  version: number
}

export const SaveRemarksRequest = z.object({
  text: safeText({ max: 8000, trim: true, multiline: true }),
  expectedVersion: z.number().int().min(0),
})

export const FinaliseRequest = z.object({
  /** The revision the supervisor saw as the latest (0: none yet); finalising twice is refused. */
  expectedRevision: z.number().int().min(0),
  /** Required for a revised version: why it replaces the one before. */
  reason: safeText({ max: 1000, trim: true, multiline: true }).default(''),
})

export interface ReportVersion {
  revision: number
  reason: string
  finalisedAt: string
  finalisedByName: string | null
}

export const MonthParams = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'invalid_format' }),
})

export interface CdrCoverage {
  /** Rows of CDR data whose call started in the month. */
  rows: number
  /** Calls matched between CDR and call log, and the differences each way. */
  matched: number
  loggedNotInCdr: number
  cdrNotLogged: number
}

export interface MonthlyReport {
  month: ReportMonth
  labels: { wareki: string; seireki: string }
  generatedAt: string
  /** Null: no CDR data for the month; the call figures are then the call log's only. */
  cdr: CdrCoverage | null
  calls: CallFigures
  previousMonth: { month: ReportMonth; calls: CallFigures }
  sameMonthLastYear: { month: ReportMonth; calls: CallFigures }
  byCategory: { code: string; tier: CategoryTier; label: string; calls: number }[]
  byTier: Record<CategoryTier, number>
  uncategorised: number
  perDay: DayRow[]
  perHour: { hour: number; incoming: number; answered: number }[]
  complaints: {
    id: string
    receivedAt: string
    what: string
    severity: string
    status: string
    closedAt: string | null
  }[]
  escalations: DepartmentRow[]
  bookings: BookingTable
  popUps: (Omit<PopUpRow, 'date'> & { date: LocalDate })[]
  /** 実施日程 joined with the sessions held (plan-join.ts); absent from versions finalised before it. */
  plannedVsHeld?: PlanResultRow[]
  /** Changes and use of the FAQ in the month (faq-section.ts); old snapshots: `{ available: false }`. */
  faq: FaqReportSection
  proposals: Proposal[]
  remarks: { text: string; version: number; updatedAt: string | null; updatedByName: string | null }
  /** The finalised versions of the month, oldest first; a snapshot carries those before it. */
  versions: ReportVersion[]
}

export interface TodayDashboard {
  date: LocalDate
  calls: number
  answered: number
  /** Answered ÷ calls that rang on the lines today (the telephone service's events); null without any. */
  answerRate: number | null
  rang: number
  averageTalkSeconds: number | null
  openEscalations: number
  overdueEscalations: number
  openComplaints: number
  bookingsToday: number
  bookingsAttended: number
  /**
   * Incoming calls of the last four weeks (before today) by Tokyo weekday (0 = Sunday) and hour:
   * heatmap[weekday][hour], for staffing the lines.
   */
  heatmap: number[][]
}
