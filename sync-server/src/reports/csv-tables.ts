import {
  BOOKING_ACTIONS,
  CATEGORY_TIER_LABELS,
  type CallFigures,
  formatMmSs,
  formatRate,
  type MonthlyReport,
  PROPOSAL_STATUSES,
  tokyoDateTimeText,
  translate,
} from '@madoguchi/shared'
import { type CsvColumn, type CsvRow, columns } from '../csv/writer'

/**
 * Each table of the report as a CSV: typed columns (csv/writer.ts says how each kind is written),
 * then the figures as the page shows them. Instants are passed as they are; the writer puts them on
 * a Tokyo clock.
 */
export type Table = { columns: CsvColumn[]; rows: CsvRow[] }

const ja = (key: string) => translate('ja', key as Parameters<typeof translate>[1])
const pct = (rate: number | null) => formatRate(rate)

const FIGURE_COLUMNS = columns(
  ['対象月', 'text'],
  ['入電件数', 'number'],
  ['応答件数', 'number'],
  ['応答率', 'number'],
  ['一次回答件数', 'number'],
  ['一次回答率', 'number'],
  ['平均通話時間', 'text'],
)

function figureRows(label: string, f: CallFigures): CsvRow {
  return [
    label,
    f.incoming,
    f.answered,
    f.cdr ? pct(f.answerRate) : '通話明細なし',
    f.resolved,
    pct(f.firstContactResolution),
    formatMmSs(f.averageTalkSeconds),
  ]
}

const STATUS_JA: Record<string, string> = {
  proposed: '提案',
  discussing: '協議中',
  in_progress: '実施中',
  done: '完了',
  declined: '見送り',
}

/** A proposal status as the report writes it (提案, 協議中 …). */
export const proposalStatusJa = (status: string) => STATUS_JA[status] ?? status

export const REPORT_TABLES = {
  summary: (r: MonthlyReport): Table => ({
    columns: FIGURE_COLUMNS,
    rows: [
      figureRows(r.labels.seireki, r.calls),
      figureRows(`前月 ${r.previousMonth.month}`, r.previousMonth.calls),
      figureRows(`前年同月 ${r.sameMonthLastYear.month}`, r.sameMonthLastYear.calls),
    ],
  }),
  categories: (r: MonthlyReport): Table => ({
    columns: columns(['区分', 'text'], ['優先度', 'text'], ['件数', 'number']),
    rows: [
      ...r.byCategory.map((c) => [c.label, CATEGORY_TIER_LABELS[c.tier].ja, c.calls]),
      ...Object.entries(r.byTier).map(([tier, n]) => [
        `${CATEGORY_TIER_LABELS[tier as keyof typeof CATEGORY_TIER_LABELS].ja}（主な区分）`,
        '',
        n,
      ]),
      ['区分なし（応答のみ）', '', r.uncategorised],
    ],
  }),
  days: (r: MonthlyReport): Table => ({
    columns: columns(
      ['日付', 'date'],
      ['入電件数', 'number'],
      ['応答件数', 'number'],
      ['平均通話時間', 'text'],
      ['備考', 'text'],
    ),
    rows: r.perDay.map((d) => [
      d.date,
      d.incoming,
      d.answered,
      formatMmSs(d.answered ? d.talkSecondsTotal / d.answered : null),
      d.closed ? '年末年始休業' : '',
    ]),
  }),
  hours: (r: MonthlyReport): Table => ({
    columns: columns(['時間帯', 'text'], ['入電件数', 'number'], ['応答件数', 'number']),
    rows: r.perHour.map((h) => [`${h.hour}時台`, h.incoming, h.answered]),
  }),
  complaints: (r: MonthlyReport): Table => ({
    columns: columns(
      ['受付日時', 'datetime'],
      ['内容', 'text'],
      ['重要度', 'text'],
      ['状況', 'text'],
      ['完了日時', 'datetime'],
    ),
    rows: r.complaints.map((c) => [
      c.receivedAt,
      c.what,
      ja(`calls.severity.${c.severity}`),
      ja(`calls.complaint.${c.status}`),
      c.closedAt,
    ]),
  }),
  escalations: (r: MonthlyReport): Table => ({
    columns: columns(
      ['担当課', 'text'],
      ['取次ぎ件数', 'number'],
      ['回答件数', 'number'],
      ['平均回答時間（時間）', 'number'],
      ['期限超過', 'number'],
      ['未回答', 'number'],
    ),
    rows: r.escalations.map((e) => [
      e.department,
      e.raised,
      e.answered,
      e.averageAnswerHours === null ? '' : e.averageAnswerHours.toFixed(1),
      e.overdue,
      e.open,
    ]),
  }),
  bookings: (r: MonthlyReport): Table => ({
    columns: columns(
      ['', 'text'],
      ['電話', 'number'],
      ['Web', 'number'],
      ['窓口', 'number'],
      ['合計', 'number'],
    ),
    rows: BOOKING_ACTIONS.map((a) => {
      const row = r.bookings[a]
      return [ja(`reports.bookings.${a}`), row.phone, row.web, row.counter, row.total]
    }),
  }),
  popups: (r: MonthlyReport): Table => ({
    columns: columns(
      ['実施日', 'date'],
      ['時間', 'text'],
      ['会場', 'text'],
      ['実施回数', 'number'],
      ['来場者数', 'number'],
      ['申請受付数', 'number'],
      ['写真撮影数', 'number'],
      ['相談件数', 'number'],
    ),
    rows: r.popUps.map((p) => [
      p.date,
      p.firstAt === null
        ? ''
        : `${tokyoDateTimeText(p.firstAt).slice(11, 16)}〜${tokyoDateTimeText(p.lastAt).slice(11, 16)}`,
      p.siteName,
      p.sessions,
      p.visitors,
      p.applications,
      p.photos,
      p.consultations,
    ]),
  }),
  /** 予定と実施: one row per plan (実施 / 未実施) and per date and site held without one (予定外). */
  plans: (r: MonthlyReport): Table => ({
    columns: columns(
      ['実施日', 'date'],
      ['予定時間', 'text'],
      ['会場', 'text'],
      ['結果', 'text'],
      ['実施回数', 'number'],
      ['来場者数', 'number'],
      ['申請受付数', 'number'],
    ),
    rows: (r.plannedVsHeld ?? []).map((p) => [
      p.date,
      p.plan ? `${p.plan.startTime}〜${p.plan.endTime}` : '',
      p.siteName,
      ja(`reports.plans.${p.outcome}`),
      p.sessions,
      p.visitors,
      p.applications,
    ]),
  }),
  proposals: (r: MonthlyReport): Table => ({
    columns: columns(
      ['提案日', 'date'],
      ['件名', 'text'],
      ['内容', 'text'],
      ['提案者', 'text'],
      ['状況', 'text'],
      ['決定日', 'date'],
      ['完了日', 'date'],
      ['効果', 'text'],
    ),
    rows: r.proposals.map((p) => [
      p.proposedOn,
      p.title,
      p.content,
      p.proposer,
      proposalStatusJa(p.status),
      p.decidedOn,
      p.doneOn,
      p.effect,
    ]),
  }),
} as const satisfies Record<string, (r: MonthlyReport) => Table>

export type ReportTableName = keyof typeof REPORT_TABLES
export const REPORT_TABLE_NAMES = Object.keys(REPORT_TABLES) as ReportTableName[]
// Keep the statuses the register knows and their labels in step.
for (const s of PROPOSAL_STATUSES) if (!STATUS_JA[s]) throw new Error(`no label for proposal status ${s}`)
