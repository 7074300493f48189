import { z } from 'zod'
import { Phone } from '../booking/schemas'
import { LocalDateSchema } from '../calendar/local-date'
import { PlausibleInstant, Uuid } from '../text/formats'
import { safeText } from '../text/safe-text'
import { CategoryCode } from './categories'

/**
 * The call log's wire contract (通話記録, 取次ぎ, 苦情). The monthly report is computed from these
 * fields, so their meaning is fixed here and in docs/calls.md: instants are UTC ISO strings, talk time
 * is whole seconds, outcome and categories are the codes below.
 */

/**
 * How a call ended. resolved: answered in this call (一次回答). escalated: passed to a city
 * department (取次ぎ). callback: the operator promised to call back. complaint: a complaint (苦情).
 * dropped: the line dropped or the caller hung up, before or during the talk.
 */
export const OUTCOMES = ['resolved', 'escalated', 'callback', 'complaint', 'dropped'] as const
export const Outcome = z.enum(OUTCOMES)
export type Outcome = z.infer<typeof Outcome>

/** The letter that picks each outcome on the desk. */
export const OUTCOME_KEYS: Record<Outcome, string> = {
  resolved: 'r',
  escalated: 'e',
  callback: 'b',
  complaint: 'c',
  dropped: 'd',
}

const Iso = PlausibleInstant
const Text = (max: number) => safeText({ max, trim: true, multiline: max > 200 })
const Required = (max: number) => safeText({ max, min: 1, trim: true, multiline: max > 200 })
const Id = Uuid

export const CallLinkKind = z.enum(['booking', 'faq', 'status'])
export const CallLinkAction = z.enum(['booked', 'moved', 'cancelled', 'used', 'looked_up'])
export const CallLinkInput = z.object({
  kind: CallLinkKind,
  id: Id,
  action: CallLinkAction,
  ref: safeText({ max: 40 }).optional(),
  at: Iso,
})
export type CallLinkInput = z.infer<typeof CallLinkInput>

export const Urgency = z.enum(['normal', 'urgent'])
export type Urgency = z.infer<typeof Urgency>

/** How and when to reach the caller: only for a call-back or an escalation (callers are anonymous otherwise). */
export const CallContact = z.object({
  name: Text(60).optional(),
  phone: Phone,
  when: Text(200).optional(),
})
export type CallContact = z.infer<typeof CallContact>

export const EscalationInput = z.object({
  department: safeText({ max: 40, min: 1, trim: true }),
  question: Required(2000),
  urgency: Urgency.default('normal'),
})
export type EscalationInput = z.infer<typeof EscalationInput>

export const Severity = z.enum(['low', 'medium', 'high'])
export type Severity = z.infer<typeof Severity>

export const ComplaintInput = z.object({ what: Required(2000), severity: Severity.default('medium') })
export type ComplaintInput = z.infer<typeof ComplaintInput>

/** Open a call on the server when the operator takes it (the desk makes the id, so a retry is harmless). */
export const StartCallRequest = z.object({
  id: Uuid,
  answeredAt: Iso,
  line: safeText({ max: 20, trim: true }).optional(),
})
export type StartCallRequest = z.infer<typeof StartCallRequest>

/** Close a call: what it was about, how it ended, and what the outcome needs. Rules in rules.ts. */
export const CloseCallRequest = z.object({
  categories: z.array(CategoryCode).max(5, { message: 'too_big' }).default([]),
  primary: CategoryCode.optional(),
  summary: Text(1000).default(''),
  outcome: Outcome,
  endedAt: Iso,
  talkSeconds: z.number().int().min(0).max(86_400),
  links: z.array(CallLinkInput).max(50).default([]),
  contact: CallContact.optional(),
  escalation: EscalationInput.optional(),
  complaint: ComplaintInput.optional(),
})
export type CloseCallRequest = z.infer<typeof CloseCallRequest>

export const CorrectTalkTimeRequest = z.object({
  talkSeconds: z.number().int().min(0).max(86_400),
  reason: Required(200),
})

export const CallbackRequest = z.object({ note: Text(1000).default(''), reached: z.boolean() })

export const CallStatus = z.enum(['open', 'closed'])
export const FollowUp = z.enum(['none', 'pending', 'done'])

export const CallEvent = z.object({
  at: z.string(),
  actorName: z.string().nullable(),
  kind: z.string(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).nullable(),
})
export type CallEvent = z.infer<typeof CallEvent>

export const CallSummary = z.object({
  id: z.string(),
  status: CallStatus,
  source: z.enum(['hand', 'cti']),
  line: z.string().nullable(),
  ringingAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  talkSeconds: z.number().nullable(),
  outcome: Outcome.nullable(),
  primary: CategoryCode.nullable(),
  categories: z.array(CategoryCode),
  operatorId: z.string().nullable(),
  operatorName: z.string().nullable(),
  callerPhone: z.string().nullable(),
  followUp: FollowUp,
  summary: z.string(),
})
export type CallSummary = z.infer<typeof CallSummary>

export const EscalationStatus = z.enum(['open', 'answered', 'done'])
export type EscalationStatus = z.infer<typeof EscalationStatus>

export const Escalation = z.object({
  id: z.string(),
  callId: z.string(),
  department: z.string(),
  question: z.string(),
  urgency: Urgency,
  contact: CallContact.nullable(),
  status: EscalationStatus,
  raisedAt: z.string(),
  raisedByName: z.string().nullable(),
  dueDate: LocalDateSchema,
  overdue: z.boolean(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  answeredByName: z.string().nullable(),
  doneAt: z.string().nullable(),
  version: z.number(),
})
export type Escalation = z.infer<typeof Escalation>

export const ComplaintStatus = z.enum(['received', 'in_progress', 'done'])
export type ComplaintStatus = z.infer<typeof ComplaintStatus>

export const ComplaintActionEntry = z.object({
  at: z.string(),
  byName: z.string().nullable(),
  note: z.string(),
  status: ComplaintStatus.nullable(),
})

export const Complaint = z.object({
  id: z.string(),
  callId: z.string(),
  what: z.string(),
  severity: Severity,
  status: ComplaintStatus,
  assignedTo: z.string().nullable(),
  assignedName: z.string().nullable(),
  receivedAt: z.string(),
  closedAt: z.string().nullable(),
  actions: z.array(ComplaintActionEntry),
  version: z.number(),
})
export type Complaint = z.infer<typeof Complaint>

export const CallDetail = z.object({
  call: CallSummary,
  contact: CallContact.nullable(),
  links: z.array(CallLinkInput),
  events: z.array(CallEvent),
  escalation: Escalation.nullable(),
  complaint: Complaint.nullable(),
})
export type CallDetail = z.infer<typeof CallDetail>

export const CallListQuery = z.object({
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
  category: CategoryCode.optional(),
  outcome: Outcome.optional(),
  operator: Uuid.optional(),
  phone: Phone.optional(),
  /** Keyset paging: the `next` of the page before. */
  before: safeText({ max: 100 }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
})
export type CallListQuery = z.infer<typeof CallListQuery>

export const CallListResult = z.object({ calls: z.array(CallSummary), next: z.string().nullable() })
export type CallListResult = z.infer<typeof CallListResult>

export const Department = z.object({
  name: safeText({ max: 40, min: 1, trim: true }),
  nameEn: safeText({ max: 60, trim: true }).default(''),
  overdueDays: z.number().int().min(1).max(30).default(3),
  active: z.boolean().default(true),
})
export type Department = z.infer<typeof Department>
export const DepartmentList = z.object({ departments: z.array(Department) })
export const SaveDepartmentsRequest = z.object({ departments: z.array(Department).min(1).max(50) })

export const EscalationListQuery = z.object({
  department: safeText({ max: 40 }).optional(),
  status: EscalationStatus.optional(),
  /** Only escalations of calls the signed-in operator took, answered and waiting for the call-back (回答あり). */
  mine: z.enum(['answered']).optional(),
})
export const EscalationList = z.object({ escalations: z.array(Escalation), overdue: z.number() })
export type EscalationList = z.infer<typeof EscalationList>

export const AnswerEscalationRequest = z.object({ answer: Required(4000), expectedVersion: z.number().int() })

export const ComplaintListQuery = z.object({
  status: ComplaintStatus.optional(),
  severity: Severity.optional(),
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
})
export const ComplaintList = z.object({ complaints: z.array(Complaint) })
export type ComplaintList = z.infer<typeof ComplaintList>

export const ComplaintActionRequest = z.object({
  note: Required(2000),
  status: ComplaintStatus.optional(),
  assignTo: Uuid.optional(),
  expectedVersion: z.number().int(),
})

/** Today at a glance for supervisors (the live view); refreshed by polling. */
export const TodayView = z.object({
  date: LocalDateSchema,
  calls: z.number(),
  answered: z.number(),
  open: z.number(),
  resolved: z.number(),
  talkSecondsAverage: z.number().nullable(),
  byCategory: z.record(z.string(), z.number()),
  openEscalations: z.number(),
  overdueEscalations: z.number(),
  openComplaints: z.number(),
  recent: z.array(CallSummary),
})
export type TodayView = z.infer<typeof TodayView>

/** What the desk polls for: a call the telephone service says this operator just answered. */
export const IncomingCall = z.object({
  call: CallSummary.nullable(),
  earlierCalls: z.array(CallSummary),
  bookings: z.array(
    z.object({ id: z.string(), ref: z.string(), date: z.string(), time: z.string(), status: z.string() }),
  ),
})
export type IncomingCall = z.infer<typeof IncomingCall>

/**
 * The incoming-call webhook (CTI). A cloud telephone service posts one event per step of a call;
 * `eventId` makes a repeated delivery harmless, `callId` ties the steps of one call together.
 */
export const CtiEvent = z.object({
  eventId: safeText({ max: 100, min: 1 }),
  type: z.enum(['call.ringing', 'call.answered', 'call.ended']),
  callId: safeText({ max: 100, min: 1 }),
  line: safeText({ max: 20 }).optional(),
  /** The caller's number as the service gives it; 'anonymous' or absent when withheld (非通知). */
  from: safeText({ max: 30 }).optional(),
  at: Iso,
  /** call.answered: the login ID of the operator whose phone answered. */
  operator: safeText({ max: 64 }).optional(),
})
export type CtiEvent = z.infer<typeof CtiEvent>
export const CtiEventResult = z.object({ callId: z.string(), duplicate: z.boolean() })
export type CtiEventResult = z.infer<typeof CtiEventResult>
