import {
  AnswerEscalationRequest,
  CallbackRequest,
  CallDetail,
  CallListQuery,
  CallListResult,
  CloseCallRequest,
  ComplaintActionRequest,
  ComplaintList,
  ComplaintListQuery,
  Complaint as ComplaintSchema,
  CorrectTalkTimeRequest,
  CtiEvent,
  CtiEventResult,
  DepartmentList,
  EscalationList,
  EscalationListQuery,
  Escalation as EscalationSchema,
  IdParams,
  IncomingCall,
  SaveDepartmentsRequest,
  StartCallRequest,
  TodayView,
} from '@madoguchi/shared'
import { current } from '../auth/current'
import { AppError } from '../errors'
import { feature, route } from '../http/route'
import { actOnComplaint, listComplaints } from './complaint-service'
import { answerEscalation, listDepartments, listEscalations, saveDepartments } from './escalation-service'
import { followUps, incomingCall, listCalls, readCall, todayView } from './read-service'
import { closeCall, correctTalkTime, logCallback, startCall } from './service'
import { receiveEvent } from './telephony-service'

/** The call log (通話記録): take, log, correct, call back; history, today's view, the incoming call. */
export const callsFeature = feature('calls', '/api/calls', [
  route({
    method: 'post',
    path: '/',
    permission: 'calls.log',
    summary: 'Take a call by hand: the desk makes the id (a retry answers with the same call)',
    body: StartCallRequest,
    status: 201,
    handler: (c, { body }) => c.json(startCall(c.var.deps, current(c), body), 201),
  }),
  route({
    method: 'get',
    path: '/',
    permission: 'calls.log',
    summary: 'Call history: date range, category, outcome, operator, phone; newest first, paged (audited)',
    query: CallListQuery,
    response: CallListResult,
    handler: (c, { query }) => c.json(listCalls(c.var.deps, current(c), query)),
  }),
  route({
    method: 'get',
    path: '/today',
    permission: 'dashboard.read',
    summary: "Today's calls so far, open escalations and complaints: the supervisor's live view",
    response: TodayView,
    handler: (c) => c.json(todayView(c.var.deps, current(c))),
  }),
  route({
    method: 'get',
    path: '/incoming',
    permission: 'calls.log',
    summary:
      'The call the telephone service says this operator answered, with the caller’s earlier calls and bookings (audited)',
    response: IncomingCall,
    handler: (c) => c.json(incomingCall(c.var.deps, current(c))),
  }),
  route({
    method: 'get',
    path: '/follow-ups',
    permission: 'calls.log',
    summary:
      'Calls waiting for a call-back: escalations answered by the department (回答あり) and promised call-backs',
    handler: (c) => c.json(followUps(c.var.deps, current(c))),
  }),
  route({
    method: 'get',
    path: '/:id',
    permission: 'calls.log',
    summary: 'One call with its whole history (audited)',
    params: IdParams,
    response: CallDetail,
    handler: (c, { params }) => c.json(readCall(c.var.deps, current(c), params.id)),
  }),
  route({
    method: 'post',
    path: '/:id/close',
    permission: 'calls.log',
    summary:
      'Log the call: categories, summary, outcome and what it needs (escalation, contact, complaint), links, talk time',
    params: IdParams,
    body: CloseCallRequest,
    handler: (c, { params, body }) => c.json(closeCall(c.var.deps, current(c), params.id, body, c.var.lang)),
  }),
  route({
    method: 'post',
    path: '/:id/talk-time',
    permission: 'calls.log',
    summary: 'Correct the talk time; the old and new values stay in the call’s history',
    params: IdParams,
    body: CorrectTalkTimeRequest,
    handler: (c, { params, body }) => c.json(correctTalkTime(c.var.deps, current(c), params.id, body)),
  }),
  route({
    method: 'post',
    path: '/:id/callback',
    permission: 'calls.log',
    summary:
      'Log the call-back on the same call; reaching the caller closes the follow-up and the escalation',
    params: IdParams,
    body: CallbackRequest,
    handler: (c, { params, body }) => c.json(logCallback(c.var.deps, current(c), params.id, body)),
  }),
])

/** Escalations (取次ぎ): each department's inbox, and its answers. */
export const escalationsFeature = feature('escalations', '/api/escalations', [
  route({
    method: 'get',
    path: '/',
    permission: 'escalation.answer',
    summary: "A department's inbox (city staff: their own department only); overdue by city business days",
    query: EscalationListQuery,
    response: EscalationList,
    handler: (c, { query }) => c.json(listEscalations(c.var.deps, current(c), query)),
  }),
  route({
    method: 'post',
    path: '/:id/answer',
    permission: 'escalation.answer',
    summary: 'Answer an escalation: the answer returns to the call (回答あり)',
    params: IdParams,
    body: AnswerEscalationRequest,
    response: EscalationSchema,
    handler: (c, { params, body }) => c.json(answerEscalation(c.var.deps, current(c), params.id, body)),
  }),
])

/** The departments escalations go to: read by whoever escalates, edited by supervisors and admins. */
export const departmentsFeature = feature('departments', '/api/departments', [
  route({
    method: 'get',
    path: '/',
    permission: 'escalation.create',
    summary: 'The departments an escalation may go to, with their overdue days',
    response: DepartmentList,
    handler: (c) => c.json({ departments: listDepartments(c.var.deps) }),
  }),
  route({
    method: 'put',
    path: '/',
    permission: 'departments.edit',
    summary: 'Replace the department list; one left out becomes inactive (its past escalations keep it)',
    body: SaveDepartmentsRequest,
    response: DepartmentList,
    handler: (c, { body }) => {
      const names = body.departments.map((d) => d.name)
      if (new Set(names).size !== names.length) throw new AppError('validation_failed')
      return c.json({ departments: saveDepartments(c.var.deps, current(c), body.departments) })
    },
  }),
])

/** Complaints (苦情): the supervisors' list and the actions taken. */
export const complaintsFeature = feature('complaints', '/api/complaints', [
  route({
    method: 'get',
    path: '/',
    permission: 'complaint.manage',
    summary: 'Complaints by status, severity and day received (audited)',
    query: ComplaintListQuery,
    response: ComplaintList,
    handler: (c, { query }) => c.json(listComplaints(c.var.deps, current(c), query)),
  }),
  route({
    method: 'post',
    path: '/:id/actions',
    permission: 'complaint.manage',
    summary: 'Record an action on a complaint (and optionally its new status or assignee)',
    params: IdParams,
    body: ComplaintActionRequest,
    response: ComplaintSchema,
    handler: (c, { params, body }) => c.json(actOnComplaint(c.var.deps, current(c), params.id, body)),
  }),
])

/**
 * The incoming-call webhook (CTI). A cloud telephone service posts `call.ringing`, `call.answered`
 * and `call.ended` with its own bearer token (MADOGUCHI_TELEPHONY_TOKENS). The same eventId twice is
 * answered with `duplicate: true` and changes nothing. See docs/calls.md.
 */
export const telephonyFeature = feature('telephony', '/api/telephony', [
  route({
    method: 'post',
    path: '/events',
    permission: 'telephony',
    summary:
      'Incoming-call event from a telephone service (Authorization: Bearer <provider token>): call.ringing | call.answered | call.ended; idempotent by eventId',
    body: CtiEvent,
    response: CtiEventResult,
    handler: (c, { body }) => {
      const provider = c.var.provider
      if (!provider) throw new AppError('unauthenticated')
      return c.json(receiveEvent(c.var.deps, provider, body))
    },
  }),
])
