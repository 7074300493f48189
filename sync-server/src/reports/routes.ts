import {
  CdrUpload,
  FinaliseRequest,
  MonthParams,
  REPORT_TABLE_NAMES,
  SaveProposalRequest,
  SaveRegularMeetingRequest,
  SaveRemarksRequest,
} from '@madoguchi/shared'
import { z } from 'zod'
import { audited } from '../audit/unit'
import { current } from '../auth/current'
import { csvFile, csvStream } from '../csv/writer'
import { feature, route } from '../http/route'
import { CALLS_COLUMNS, callPages } from './calls-export'
import { importCdr, listCdrImports, previewCdr } from './cdr-service'
import { reportCsv } from './csv-tables'
import { monthSoFarDashboard, todayDashboard, weeklyDashboard } from './dashboard'
import { listProposals, saveProposal, saveRemarks } from './proposals'
import { readMeeting, saveMeeting } from './regular-meeting'
import { buildReport, readReport, reportableMonth } from './service'
import { finaliseReport, readVersion } from './versions'

const Encoding = z.object({ encoding: z.enum(['utf8', 'sjis']).default('utf8') })
const TableParams = MonthParams.extend({ table: z.enum(['calls', ...REPORT_TABLE_NAMES]) })
/** Base64 of a month's CDR file of a busy line is a few MB; 40 MB leaves room for a year's. */
const CDR_MAX_BYTES = 40_000_000

const csvHeaders = (name: string, encoding: 'utf8' | 'sjis') => ({
  'content-type': `text/csv; charset=${encoding === 'sjis' ? 'Shift_JIS' : 'utf-8'}`,
  'content-disposition': `attachment; filename="${name}${encoding === 'sjis' ? '_sjis' : ''}.csv"`,
  'cache-control': 'no-store',
})

/** The monthly report (月次報告): the report, its CSV files, remarks, proposals, CDR import, dashboard. */
export const reportsFeature = feature('reports', '/api/reports', [
  route({
    method: 'get',
    path: '/today',
    permission: 'dashboard.read',
    summary:
      "The supervisor's panel: today's calls, answer rate, open and overdue escalations, complaints, bookings",
    handler: (c) => c.json(todayDashboard(c.var.deps, current(c))),
  }),
  route({
    method: 'get',
    path: '/trends',
    permission: 'dashboard.read',
    summary:
      "The supervisor's weekly trends: calls, answer rate, first-contact resolution and categories for the last 12 Monday-start weeks (Tokyo)",
    handler: (c) => c.json(weeklyDashboard(c.var.deps, current(c))),
  }),
  route({
    method: 'get',
    path: '/month-so-far',
    permission: 'dashboard.read',
    summary:
      "The supervisor's month so far (day 1 to today, Tokyo) against day 1 to the same day of the previous month: calls, answer rate, first-contact resolution, talk time, complaints, bookings",
    handler: (c) => c.json(monthSoFarDashboard(c.var.deps, current(c))),
  }),
  route({
    method: 'get',
    path: '/proposals',
    permission: 'report.read',
    summary: 'The improvement proposals register (改善提案), newest first',
    handler: (c) => c.json({ proposals: listProposals(c.var.deps) }),
  }),
  route({
    method: 'put',
    path: '/proposals',
    permission: 'proposal.edit',
    summary: 'Create (expectedVersion 0) or change an improvement proposal; a stale version is refused',
    body: SaveProposalRequest,
    handler: (c, { body }) => c.json(saveProposal(c.var.deps, current(c), body)),
  }),
  route({
    method: 'get',
    path: '/cdr/imports',
    permission: 'cdr.import',
    summary: 'The call-detail imports so far (file, rows, new calls, period, who)',
    handler: (c) => c.json({ imports: listCdrImports(c.var.deps) }),
  }),
  route({
    method: 'post',
    path: '/cdr/preview',
    permission: 'cdr.import',
    summary:
      'Check a call-detail CSV with a mapping (given, saved or guessed): rows, new calls, every bad line',
    body: CdrUpload,
    maxBodyBytes: CDR_MAX_BYTES,
    handler: (c, { body }) => c.json(previewCdr(c.var.deps, body)),
  }),
  route({
    method: 'post',
    path: '/cdr/import',
    permission: 'cdr.import',
    summary: 'Import a call-detail CSV whole or not at all; rows already held are not added twice',
    body: CdrUpload,
    maxBodyBytes: CDR_MAX_BYTES,
    handler: (c, { body }) => c.json(importCdr(c.var.deps, current(c), body)),
  }),
  route({
    method: 'get',
    path: '/:month',
    permission: 'report.read',
    summary:
      'The report of a month (YYYY-MM) from live data, with the previous month and the same month last year',
    params: MonthParams,
    handler: (c, { params }) => c.json(readReport(c.var.deps, current(c), params.month, c.var.lang)),
  }),
  route({
    method: 'post',
    path: '/:month/finalise',
    permission: 'report.finalise',
    summary:
      'Finalise the month (a frozen snapshot); expectedRevision is the latest seen, so finalising twice is refused (409); a revision needs a reason',
    params: MonthParams,
    body: FinaliseRequest,
    handler: (c, { params, body }) =>
      c.json(finaliseReport(c.var.deps, current(c), params.month, body, c.var.lang)),
  }),
  route({
    method: 'get',
    path: '/:month/versions/:revision',
    permission: 'report.read',
    summary: 'A finalised version of the month exactly as it was frozen',
    params: MonthParams.extend({ revision: z.coerce.number().int().min(1) }),
    handler: (c, { params }) => c.json(readVersion(c.var.deps, current(c), params.month, params.revision)),
  }),
  route({
    method: 'get',
    path: '/:month/meeting',
    permission: 'report.read',
    summary:
      "The month's 定例会 record (null before its first save) and the agenda the report suggests: overdue escalations, open complaints, proposals under discussion",
    params: MonthParams,
    handler: (c, { params }) => c.json(readMeeting(c.var.deps, current(c), params.month, c.var.lang)),
  }),
  route({
    method: 'put',
    path: '/:month/meeting',
    permission: 'regularMeeting.edit',
    summary:
      "Save the month's 定例会 record whole (attendees, agenda, decisions, follow-ups); expectedVersion 0 creates it, a stale version is refused",
    params: MonthParams,
    body: SaveRegularMeetingRequest,
    handler: (c, { params, body }) =>
      c.json(saveMeeting(c.var.deps, current(c), params.month, body, c.var.lang)),
  }),
  route({
    method: 'put',
    path: '/:month/remarks',
    permission: 'report.edit',
    summary: "The supervisor's remarks (所見) on a month; a stale version is refused",
    params: MonthParams,
    body: SaveRemarksRequest,
    handler: (c, { params, body }) =>
      c.json(
        saveRemarks(
          c.var.deps,
          current(c),
          reportableMonth(c.var.deps, params.month, c.var.lang),
          body.text,
          body.expectedVersion,
        ),
      ),
  }),
  route({
    method: 'get',
    path: '/:month/csv/:table',
    permission: 'report.read',
    summary:
      'A report table as CSV (summary, categories, days, hours, complaints, escalations, bookings, popups, proposals; calls streamed): UTF-8 with BOM or ?encoding=sjis, CRLF, formula-safe',
    params: TableParams,
    query: Encoding,
    handler: (c, { params, query }) => {
      const deps = c.var.deps
      const month = reportableMonth(deps, params.month, c.var.lang)
      const name = `${params.table}_${month}`
      const entry = {
        action: 'report.export',
        entity: 'report',
        entityId: month,
        detail: { table: params.table },
      }
      if (params.table === 'calls') {
        audited(deps, current(c), entry, () => undefined)
        return c.body(
          csvStream(CALLS_COLUMNS, callPages(deps.db, month), query.encoding),
          200,
          csvHeaders(name, query.encoding),
        )
      }
      const table = params.table
      const out = audited(deps, current(c), entry, (unit) => {
        const report = buildReport(deps, month)
        if (params.table === 'complaints') unit.carried(report.complaints.map((x) => x.id))
        return reportCsv(table, report)
      })
      return c.body(csvFile(out.columns, out.rows, query.encoding), 200, csvHeaders(name, query.encoding))
    },
  }),
])
