import {
  CallDetail,
  CallListResult,
  type CloseCallRequest,
  Complaint,
  ComplaintList,
  DepartmentList,
  Escalation,
  EscalationList,
  IncomingCall,
  TodayView,
} from '@madoguchi/shared'
import { api } from '../../app/api'

/** The call log's API as the desk calls it: each answer checked against the shared wire schema. */

const qs = (params: Record<string, string | number | undefined>) =>
  new URLSearchParams(
    Object.entries(params)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => [k, String(v)]),
  ).toString()

export interface FollowUpItem {
  call: CallDetail['call']
  contact: CallDetail['contact']
  escalation: CallDetail['escalation']
}

export const callsApi = {
  start: (id: string, answeredAt: string) => api('/api/calls', { method: 'POST', body: { id, answeredAt } }),
  close: (id: string, body: CloseCallRequest) => api(`/api/calls/${id}/close`, { method: 'POST', body }),
  incoming: () => api('/api/calls/incoming', { schema: IncomingCall }),
  followUps: () => api<{ answered: FollowUpItem[]; waiting: FollowUpItem[] }>('/api/calls/follow-ups'),
  list: (filter: Record<string, string | undefined>) =>
    api(`/api/calls?${qs(filter)}`, { schema: CallListResult }),
  detail: (id: string) => api(`/api/calls/${id}`, { schema: CallDetail }),
  callback: (id: string, reached: boolean, note: string) =>
    api(`/api/calls/${id}/callback`, { method: 'POST', body: { reached, note } }),
  correctTalk: (id: string, talkSeconds: number, reason: string) =>
    api(`/api/calls/${id}/talk-time`, { method: 'POST', body: { talkSeconds, reason } }),
  today: () => api('/api/calls/today', { schema: TodayView }),
  departments: () => api('/api/departments', { schema: DepartmentList }),
  escalations: (filter: Record<string, string | undefined>) =>
    api(`/api/escalations?${qs(filter)}`, { schema: EscalationList }),
  answer: (id: string, answer: string, expectedVersion: number) =>
    api(`/api/escalations/${id}/answer`, {
      method: 'POST',
      body: { answer, expectedVersion },
      schema: Escalation,
    }),
  complaints: (filter: Record<string, string | undefined>) =>
    api(`/api/complaints?${qs(filter)}`, { schema: ComplaintList }),
  act: (id: string, body: { note: string; status?: string; expectedVersion: number }) =>
    api(`/api/complaints/${id}/actions`, { method: 'POST', body, schema: Complaint }),
}
