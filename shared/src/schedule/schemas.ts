import { z } from 'zod'
import { type LocalDate, LocalDateSchema } from '../calendar/local-date'
import { isTimeOfDay, type TimeOfDay } from '../calendar/time-of-day'
import { CONTRACT_MONTHS } from '../reports/month'
import { CodeId, Uuid } from '../text/formats'
import { safeText } from '../text/safe-text'

/**
 * 実施日程: pop-up sessions a supervisor plans on the desk (site, date, hours, staff). Tablets receive
 * the plans as reference data (kind `schedule`) and start the planned session in one tap; the session
 * record keeps the plan's id (`plannedId`), so the monthly report can join plan and results.
 */

export const PLAN_STATUSES = ['planned', 'cancelled'] as const
export const PlanStatus = z.enum(PLAN_STATUSES)
export type PlanStatus = z.infer<typeof PlanStatus>

/** The contract's days (2026-10-01 … 2029-09-30): a plan outside them is a typing slip. */
export const CONTRACT_DAYS = {
  first: `${CONTRACT_MONTHS.first}-01`,
  last: `${CONTRACT_MONTHS.last}-30`,
} as const

const PlanDate = LocalDateSchema.refine((d) => d >= CONTRACT_DAYS.first && d <= CONTRACT_DAYS.last, {
  message: 'outside_contract',
})

// A pop-up runs in the day: 24:00 is not a start, and an end must come after the start.
const Time = z.custom<TimeOfDay>((v) => typeof v === 'string' && isTimeOfDay(v) && v !== '24:00', {
  message: 'invalid_time',
})

const PlanFields = z.object({
  siteId: CodeId,
  date: PlanDate,
  startTime: Time,
  endTime: Time,
  /** Display names of the staff planned on duty (staff, never a visitor). */
  staffNames: z.array(safeText({ max: 60, min: 1, trim: true })).max(10, { message: 'too_big' }),
  note: safeText({ max: 500, trim: true, multiline: true }).default(''),
})

function endAfterStart(plan: { startTime: string; endTime: string }, ctx: z.RefinementCtx): void {
  if (isTimeOfDay(plan.startTime) && isTimeOfDay(plan.endTime) && plan.endTime <= plan.startTime) {
    ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'end_not_after_start' })
  }
}

export const PlanInput = PlanFields.superRefine(endAfterStart)
export type PlanInput = z.infer<typeof PlanInput>

/** Create (expectedVersion 0) or change a plan; the id is made by the desk, so a retry is the same plan. */
export const SavePlanRequest = PlanFields.extend({ expectedVersion: z.number().int().min(0) }).superRefine(
  endAfterStart,
)
export type SavePlanRequest = z.input<typeof SavePlanRequest>

export const CancelPlanRequest = z.object({ expectedVersion: z.number().int().min(1) })

export const PlanParams = z.object({ id: Uuid })
export const ScheduleQuery = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'invalid_format' }),
})

/** A plan as the desk reads it. */
export const PlannedSession = z.object({
  id: z.string(),
  siteId: z.string(),
  siteName: z.string(),
  date: LocalDateSchema,
  startTime: z.string(),
  endTime: z.string(),
  staffNames: z.array(z.string()),
  note: z.string(),
  status: PlanStatus,
  version: z.number().int(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
})
export type PlannedSession = z.infer<typeof PlannedSession>

export const ScheduleList = z.object({
  month: z.string(),
  plans: z.array(PlannedSession),
  /** The sites a plan may name (the tablets' reference data), for the desk's choice. */
  sites: z.array(z.object({ id: z.string(), name: z.string() })),
})
export type ScheduleList = z.infer<typeof ScheduleList>

/** A plan as tablets receive it (reference kind `schedule`): what starting the session needs. */
export const SchedulePlanItem = z.object({
  id: z.string(),
  siteId: z.string(),
  date: LocalDateSchema,
  startTime: z.string(),
  endTime: z.string(),
  staffNames: z.array(z.string()),
  note: z.string(),
  version: z.number().int(),
})
export type SchedulePlanItem = z.infer<typeof SchedulePlanItem>

/** The plans a tablet lists: from today on, by date and start time. */
export function upcomingPlans<T extends { date: LocalDate | string; startTime: string }>(
  plans: readonly T[],
  today: LocalDate,
): T[] {
  return plans
    .filter((p) => p.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime))
}
