import type {
  CdrUpload,
  MonthlyReport,
  MonthSoFar,
  Proposal,
  RegularMeeting,
  RegularMeetingInput,
  RegularMeetingView,
  ReportVersion,
  SaveProposalRequest,
  TodayDashboard,
  WeekTrend,
} from '@madoguchi/shared'
import { api } from '../../app/api'

/** The report's API as the desk calls it. */

export interface CdrPreview {
  header: string[]
  mapping: Partial<Record<'line' | 'start' | 'answered' | 'end', string>>
  mappingSource: 'given' | 'saved' | 'guessed'
  rows: number
  newCalls: number
  alreadyImported: number
  sample: { fileLine: number; line: string; start: string; answered: string; end: string }[]
  problems: CdrProblemView[]
  totalProblems: number
}
export interface CdrProblemView {
  line: number
  field: string
  code: string
}
export interface CdrImported {
  rows: number
  added: number
  alreadyImported: number
}

export const reportsApi = {
  report: (month: string) => api<MonthlyReport>(`/api/reports/${month}`),
  version: (month: string, revision: number) =>
    api<MonthlyReport>(`/api/reports/${month}/versions/${revision}`),
  finalise: (month: string, expectedRevision: number, reason: string) =>
    api<ReportVersion>(`/api/reports/${month}/finalise`, {
      method: 'POST',
      body: { expectedRevision, reason },
    }),
  today: () => api<TodayDashboard>('/api/reports/today'),
  trends: () => api<{ today: string; weeks: WeekTrend[] }>('/api/reports/trends'),
  monthSoFar: () => api<MonthSoFar>('/api/reports/month-so-far'),
  saveRemarks: (month: string, text: string, expectedVersion: number) =>
    api<MonthlyReport['remarks']>(`/api/reports/${month}/remarks`, {
      method: 'PUT',
      body: { text, expectedVersion },
    }),
  saveProposal: (body: SaveProposalRequest) =>
    api<Proposal>('/api/reports/proposals', { method: 'PUT', body }),
  meeting: (month: string) => api<RegularMeetingView>(`/api/reports/${month}/meeting`),
  saveMeeting: (month: string, meeting: RegularMeetingInput, expectedVersion: number) =>
    api<RegularMeeting>(`/api/reports/${month}/meeting`, {
      method: 'PUT',
      body: { meeting, expectedVersion },
    }),
  proposals: () => api<{ proposals: Proposal[] }>('/api/reports/proposals'),
  preview: (body: CdrUpload) => api<CdrPreview>('/api/reports/cdr/preview', { method: 'POST', body }),
  importCdr: (body: CdrUpload) => api<CdrImported>('/api/reports/cdr/import', { method: 'POST', body }),
}

/** A report table's CSV: a plain link the browser downloads with the session cookie. */
export const csvUrl = (month: string, table: string, sjis: boolean) =>
  `/api/reports/${month}/csv/${table}${sjis ? '?encoding=sjis' : ''}`

export const CSV_TABLES = [
  'summary',
  'categories',
  'days',
  'hours',
  'complaints',
  'escalations',
  'bookings',
  'popups',
  'plans',
  'proposals',
  'calls',
] as const
