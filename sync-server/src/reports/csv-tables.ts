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

/** Each table of the report as CSV rows: a Japanese header, then the figures as the page shows them. */

type Cell = string | number | null
export type Table = Cell[][]

const ja = (key: string) => translate('ja', key as Parameters<typeof translate>[1])
const pct = (rate: number | null) => formatRate(rate)

function figureRows(label: string, f: CallFigures): Cell[] {
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

export const REPORT_TABLES = {
  summary: (r: MonthlyReport): Table => [
    ['対象月', '入電件数', '応答件数', '応答率', '一次回答件数', '一次回答率', '平均通話時間'],
    figureRows(r.labels.seireki, r.calls),
    figureRows(`前月 ${r.previousMonth.month}`, r.previousMonth.calls),
    figureRows(`前年同月 ${r.sameMonthLastYear.month}`, r.sameMonthLastYear.calls),
  ],
  categories: (r: MonthlyReport): Table => [
    ['区分', '優先度', '件数'],
    ...r.byCategory.map((c) => [c.label, CATEGORY_TIER_LABELS[c.tier].ja, c.calls]),
    ...Object.entries(r.byTier).map(([tier, n]) => [
      `${CATEGORY_TIER_LABELS[tier as keyof typeof CATEGORY_TIER_LABELS].ja}（主な区分）`,
      '',
      n,
    ]),
    ['区分なし（応答のみ）', '', r.uncategorised],
  ],
  days: (r: MonthlyReport): Table => [
    ['日付', '入電件数', '応答件数', '平均通話時間', '備考'],
    ...r.perDay.map((d) => [
      d.date,
      d.incoming,
      d.answered,
      formatMmSs(d.answered ? d.talkSecondsTotal / d.answered : null),
      d.closed ? '年末年始休業' : '',
    ]),
  ],
  hours: (r: MonthlyReport): Table => [
    ['時間帯', '入電件数', '応答件数'],
    ...r.perHour.map((h) => [`${h.hour}時台`, h.incoming, h.answered]),
  ],
  complaints: (r: MonthlyReport): Table => [
    ['受付日時', '内容', '重要度', '状況', '完了日時'],
    ...r.complaints.map((c) => [
      tokyoDateTimeText(c.receivedAt),
      c.what,
      ja(`calls.severity.${c.severity}`),
      ja(`calls.complaint.${c.status}`),
      tokyoDateTimeText(c.closedAt),
    ]),
  ],
  escalations: (r: MonthlyReport): Table => [
    ['担当課', '取次ぎ件数', '回答件数', '平均回答時間（時間）', '期限超過', '未回答'],
    ...r.escalations.map((e) => [
      e.department,
      e.raised,
      e.answered,
      e.averageAnswerHours === null ? '' : e.averageAnswerHours.toFixed(1),
      e.overdue,
      e.open,
    ]),
  ],
  bookings: (r: MonthlyReport): Table => [
    ['', '電話', 'Web', '窓口', '合計'],
    ...BOOKING_ACTIONS.map((a) => {
      const row = r.bookings[a]
      return [ja(`reports.bookings.${a}`), row.phone, row.web, row.counter, row.total]
    }),
  ],
  popups: (r: MonthlyReport): Table => [
    ['実施日', '時間', '会場', '実施回数', '来場者数', '申請受付数', '写真撮影数', '相談件数'],
    ...r.popUps.map((p) => [
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
  ],
  proposals: (r: MonthlyReport): Table => [
    ['提案日', '件名', '内容', '提案者', '状況', '決定日', '完了日', '効果'],
    ...r.proposals.map((p) => [
      p.proposedOn,
      p.title,
      p.content,
      p.proposer,
      STATUS_JA[p.status] ?? p.status,
      p.decidedOn,
      p.doneOn,
      p.effect,
    ]),
  ],
} as const satisfies Record<string, (r: MonthlyReport) => Table>

export type ReportTableName = keyof typeof REPORT_TABLES
export const REPORT_TABLE_NAMES = Object.keys(REPORT_TABLES) as ReportTableName[]
// Keep the statuses the register knows and their labels in step.
for (const s of PROPOSAL_STATUSES) if (!STATUS_JA[s]) throw new Error(`no label for proposal status ${s}`)
