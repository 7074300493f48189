import { CATEGORY_TIER_LABELS, type CategoryTier } from '../calls/categories'
import type { MessageKey } from '../i18n'
import type { CallFigures, DayRow } from './figures'
import { formatMmSs, formatRate, tokyoDateTimeText } from './format'
import type { PlanResultRow } from './plan-join'
import type { MonthlyReport, Proposal, ProposalStatus } from './schemas'
import { BOOKING_ACTIONS, type BookingAction, type DepartmentRow } from './sections'
import { type Cell, type ReportColumn, reportTable, type TableTarget } from './table'

/**
 * The report's tables, each declared once: its rows, and per column the key, the heading from the
 * message catalog, the kind (how a cell is written) and the cell. The desk page (pwa
 * desk/reports/ReportTables.tsx) and the CSV files (sync-server reports/routes.ts) both read them.
 * Where the file differs from the page, the column says so: a heading pair [page, file], `csvOnly` for
 * a column only the file has, and `to.to === 'csv'` in a cell or in the rows.
 */

const file = (to: TableTarget) => to.to === 'csv'
/** A column of the row's own count under the same name. */
const count = <Row>(key: keyof Row & string, head: ReportColumn<Row>['head']): ReportColumn<Row> => ({
  key,
  head,
  kind: 'number',
  cell: (row) => row[key] as Cell,
})
const tierLabel = (tier: CategoryTier, to: TableTarget) => CATEGORY_TIER_LABELS[tier][to.lang]
const hhmm = (ms: number | null) => (ms === null ? '' : tokyoDateTimeText(ms).slice(11, 16))
const proposalStatus = (s: ProposalStatus): MessageKey => `reports.proposalStatus.${s}`

type FigureRow = { label: string; f: CallFigures }
type CategoryRow = { label: string; tier: string; calls: number }
type BookingRow = { action: BookingAction; counts: MonthlyReport['bookings'][BookingAction] }

/** The columns 出張申請 and 予定と実施 share: a date and site, and what was done there. */
type HeldRow = { date: string; siteName: string; sessions: number; visitors: number; applications: number }
const HELD = {
  date: { key: 'date', head: 'reports.popup.date', kind: 'date', cell: (p) => p.date },
  site: { key: 'site', head: 'reports.popup.site', kind: 'text', cell: (p) => p.siteName },
  sessions: count('sessions', 'reports.popup.sessions'),
  visitors: count('visitors', 'reports.popup.visitors'),
  applications: count('applications', ['reports.popup.applications', 'reports.file.applications']),
} satisfies Record<string, ReportColumn<HeldRow>>

export const REPORT_TABLES = {
  /** 応対実績: the month, the previous month and the same month a year before. */
  summary: reportTable<FigureRow>({
    rows: (r, to) => [
      {
        label: file(to) ? r.labels.seireki : `${to.t('reports.thisMonth')} ${r.month}`,
        f: r.calls,
      },
      { label: `${to.t('reports.previousMonth')} ${r.previousMonth.month}`, f: r.previousMonth.calls },
      { label: `${to.t('reports.lastYear')} ${r.sameMonthLastYear.month}`, f: r.sameMonthLastYear.calls },
    ],
    columns: [
      { key: 'month', head: [null, 'reports.month'], kind: 'text', cell: (x) => x.label },
      { key: 'incoming', head: 'reports.incoming', kind: 'number', cell: (x) => x.f.incoming },
      { key: 'answered', head: 'reports.answered', kind: 'number', cell: (x) => x.f.answered },
      {
        key: 'answerRate',
        head: 'reports.answerRate',
        kind: 'number',
        cell: ({ f }, to) =>
          f.cdr ? formatRate(f.answerRate) : to.t(file(to) ? 'reports.file.noCdr' : 'reports.noCdrCell'),
      },
      { key: 'resolved', head: 'reports.resolved', kind: 'number', cell: (x) => x.f.resolved },
      {
        key: 'fcr',
        head: 'reports.fcr',
        kind: 'number',
        cell: (x) => formatRate(x.f.firstContactResolution),
      },
      { key: 'talk', head: 'reports.talk', kind: 'text', cell: (x) => formatMmSs(x.f.averageTalkSeconds) },
    ],
  }),
  /** 区分別: each category, then (in the file; the page says them under the table) each tier. */
  categories: reportTable<CategoryRow>({
    rows: (r, to) => [
      ...r.byCategory.map((c) => ({ label: c.label, tier: tierLabel(c.tier, to), calls: c.calls })),
      ...(file(to) ? Object.entries(r.byTier) : []).map(([tier, n]) => ({
        label: to.t('reports.file.tierMain', { tier: tierLabel(tier as CategoryTier, to) }),
        tier: '',
        calls: n,
      })),
      { label: to.t('reports.uncategorised'), tier: '', calls: r.uncategorised },
    ],
    columns: [
      { key: 'category', head: 'reports.category', kind: 'text', cell: (c) => c.label },
      { key: 'tier', head: 'reports.tier', kind: 'text', cell: (c) => c.tier },
      count('calls', 'reports.count'),
    ],
  }),
  days: reportTable<DayRow>({
    rows: (r) => r.perDay,
    columns: [
      { key: 'date', head: ['reports.popup.date', 'reports.file.date'], kind: 'date', cell: (d) => d.date },
      count('incoming', 'reports.incoming'),
      count('answered', 'reports.answered'),
      {
        key: 'talk',
        head: 'reports.talk',
        kind: 'text',
        cell: (d) => formatMmSs(d.answered ? d.talkSecondsTotal / d.answered : null),
      },
      {
        key: 'note',
        head: [null, 'reports.file.note'],
        kind: 'text',
        cell: (d, to) => (d.closed ? to.t(file(to) ? 'reports.file.yearEnd' : 'reports.closedDay') : ''),
      },
    ],
  }),
  /** 時間帯別: the file lists all 24 hours; the page only the hours anyone called in. */
  hours: reportTable<MonthlyReport['perHour'][number]>({
    rows: (r, to) => (file(to) ? r.perHour : r.perHour.filter((h) => h.incoming > 0)),
    columns: [
      {
        key: 'hour',
        head: ['reports.popup.hours', 'reports.file.hourBand'],
        kind: 'text',
        cell: (h, to) => (file(to) ? to.t('reports.file.hourOf', { hour: h.hour }) : `${h.hour}:00–`),
      },
      count('incoming', 'reports.incoming'),
      count('answered', 'reports.answered'),
    ],
  }),
  complaints: reportTable<MonthlyReport['complaints'][number]>({
    rows: (r) => r.complaints,
    columns: [
      { key: 'receivedAt', head: 'reports.complaint.received', kind: 'datetime', cell: (c) => c.receivedAt },
      { key: 'what', head: 'reports.complaint.what', kind: 'text', cell: (c) => c.what },
      {
        key: 'severity',
        head: 'reports.complaint.severity',
        kind: 'text',
        cell: (c, to) => to.t(`calls.severity.${c.severity}` as MessageKey),
      },
      {
        key: 'status',
        head: 'reports.complaint.status',
        kind: 'text',
        cell: (c, to) => to.t(`calls.complaint.${c.status}` as MessageKey),
      },
      {
        key: 'closedAt',
        head: 'reports.file.closedAt',
        kind: 'datetime',
        csvOnly: true,
        cell: (c) => c.closedAt,
      },
    ],
  }),
  escalations: reportTable<DepartmentRow>({
    rows: (r) => r.escalations,
    columns: [
      { key: 'department', head: 'reports.department', kind: 'text', cell: (e) => e.department },
      count('raised', ['reports.raised', 'reports.file.raised']),
      count('answered', ['reports.answered', 'reports.file.answered']),
      {
        key: 'answerHours',
        head: ['reports.answerHours', 'reports.file.answerHours'],
        kind: 'number',
        // The file's heading carries the unit and leaves a cell with no answers empty.
        cell: ({ averageAnswerHours: h }, to) =>
          file(to) ? (h === null ? '' : h.toFixed(1)) : h === null ? '—' : `${h.toFixed(1)} h`,
      },
      count('overdue', 'reports.overdue'),
      count('open', 'reports.open'),
    ],
  }),
  bookings: reportTable<BookingRow>({
    rows: (r) => BOOKING_ACTIONS.map((action) => ({ action, counts: r.bookings[action] })),
    columns: [
      { key: 'action', head: null, kind: 'text', cell: (b, to) => to.t(`reports.bookings.${b.action}`) },
      { key: 'phone', head: 'reports.channel.phone', kind: 'number', cell: (b) => b.counts.phone },
      { key: 'web', head: 'reports.channel.web', kind: 'number', cell: (b) => b.counts.web },
      { key: 'counter', head: 'reports.channel.counter', kind: 'number', cell: (b) => b.counts.counter },
      { key: 'total', head: 'reports.total', kind: 'number', cell: (b) => b.counts.total },
    ],
  }),
  popups: reportTable<MonthlyReport['popUps'][number]>({
    rows: (r) => r.popUps,
    columns: [
      HELD.date,
      {
        key: 'hours',
        head: 'reports.popup.hours',
        kind: 'text',
        cell: (p, to) =>
          p.firstAt === null ? '' : to.t('range.between', { from: hhmm(p.firstAt), to: hhmm(p.lastAt) }),
      },
      HELD.site,
      HELD.sessions,
      HELD.visitors,
      HELD.applications,
      count('photos', ['reports.popup.photos', 'reports.file.photos']),
      count('consultations', ['reports.popup.consultations', 'reports.file.consultations']),
    ],
  }),
  /** 予定と実施: one row per plan (実施 / 未実施) and per date and site held without one (予定外). */
  plans: reportTable<PlanResultRow>({
    rows: (r) => r.plannedVsHeld ?? [],
    columns: [
      HELD.date,
      {
        key: 'planned',
        head: 'reports.plans.planned',
        kind: 'text',
        cell: (p, to) =>
          p.plan ? to.t('range.between', { from: p.plan.startTime, to: p.plan.endTime }) : '',
      },
      HELD.site,
      {
        key: 'outcome',
        head: 'reports.plans.outcome',
        kind: 'text',
        cell: (p, to) => to.t(`reports.plans.${p.outcome}`),
      },
      HELD.sessions,
      HELD.visitors,
      HELD.applications,
    ],
  }),
  proposals: reportTable<Proposal>({
    rows: (r) => r.proposals,
    columns: [
      { key: 'proposedOn', head: 'reports.proposal.proposedOn', kind: 'date', cell: (p) => p.proposedOn },
      { key: 'title', head: 'reports.proposal.title', kind: 'text', cell: (p) => p.title },
      { key: 'content', head: 'reports.proposal.content', kind: 'text', cell: (p) => p.content },
      {
        key: 'proposer',
        head: 'reports.proposal.proposer',
        kind: 'text',
        csvOnly: true,
        cell: (p) => p.proposer,
      },
      {
        key: 'status',
        head: 'reports.proposal.status',
        kind: 'text',
        cell: (p, to) => to.t(proposalStatus(p.status)),
      },
      {
        key: 'decidedOn',
        head: 'reports.proposal.decidedOn',
        kind: 'date',
        csvOnly: true,
        cell: (p) => p.decidedOn,
      },
      { key: 'doneOn', head: 'reports.proposal.doneOn', kind: 'date', csvOnly: true, cell: (p) => p.doneOn },
      { key: 'effect', head: 'reports.proposal.effect', kind: 'text', cell: (p) => p.effect },
    ],
  }),
}

export type ReportTableName = keyof typeof REPORT_TABLES
export const REPORT_TABLE_NAMES = Object.keys(REPORT_TABLES) as ReportTableName[]
