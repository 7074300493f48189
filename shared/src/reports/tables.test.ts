import { describe, expect, it } from 'vitest'
import { translate } from '../i18n'
import type { MonthlyReport } from './schemas'
import { bookingCounts } from './sections'
import type { TableTarget } from './table'
import { REPORT_TABLE_NAMES, REPORT_TABLES } from './tables'

const figures = { incoming: 2, answered: 1, answerRate: null, resolved: 1, firstContactResolution: 1 }
const calls = { ...figures, cdr: false, averageTalkSeconds: 65 } as MonthlyReport['calls']
// One row for each table, by hand: what the declaration does with it is what is tested.
const report = {
  month: '2026-12',
  labels: { wareki: '令和8年12月', seireki: '2026年12月' },
  calls,
  previousMonth: { month: '2026-11', calls },
  sameMonthLastYear: { month: '2025-12', calls },
  byCategory: [{ code: 'documents', tier: 'first', label: '必要書類', calls: 1 }],
  byTier: { first: 1, second: 0, reference: 0 },
  uncategorised: 0,
  perDay: [{ date: '2026-12-29', closed: true, incoming: 1, answered: 1, talkSecondsTotal: 65 }],
  perHour: [
    { hour: 9, incoming: 1, answered: 1 },
    { hour: 10, incoming: 0, answered: 0 },
  ],
  complaints: [
    {
      id: 'c',
      receivedAt: '2026-12-01T00:30:15Z',
      what: '待ち',
      severity: 'high',
      status: 'done',
      closedAt: null,
    },
  ],
  escalations: [
    { department: '市民課', raised: 1, answered: 0, averageAnswerHours: null, overdue: 0, open: 1 },
  ],
  bookings: bookingCounts([]),
  popUps: [],
  plannedVsHeld: [],
  proposals: [
    { id: 'p', title: '増枠', content: '土日', proposer: '監督', status: 'done', proposedOn: '2026-12-01' },
  ],
} as unknown as MonthlyReport

const target = (to: 'page' | 'csv', lang: 'ja' | 'en'): TableTarget => ({
  to,
  lang,
  t: (key, params) => translate(lang, key, params),
})

describe('the report tables, declared once for the page and the CSV', () => {
  it('every heading comes from the catalog, for the page in both languages and for the file', () => {
    for (const to of [target('page', 'ja'), target('page', 'en'), target('csv', 'ja')])
      for (const name of REPORT_TABLE_NAMES)
        for (const c of REPORT_TABLES[name](report, to).columns) expect(c.head).not.toMatch(/^reports\./)
  })

  it('says where the file differs: its own headings, columns and rows', () => {
    const page = REPORT_TABLES.proposals(report, target('page', 'ja'))
    const file = REPORT_TABLES.proposals(report, target('csv', 'ja'))
    expect(page.columns.map((c) => c.head)).toEqual(['提案日', '件名', '内容', '状況', '効果'])
    expect(file.columns.map((c) => c.head)).toEqual([
      '提案日',
      '件名',
      '内容',
      '提案者',
      '状況',
      '決定日',
      '完了日',
      '効果',
    ])
    expect(REPORT_TABLES.hours(report, target('page', 'en')).rows).toEqual([['9:00–', 1, 1]])
    expect(REPORT_TABLES.hours(report, target('csv', 'ja')).rows.map((r) => r[0])).toEqual([
      '9時台',
      '10時台',
    ])
    expect(REPORT_TABLES.days(report, target('page', 'ja')).rows[0]?.[4]).toBe('休業')
    expect(REPORT_TABLES.days(report, target('csv', 'ja')).rows[0]?.[4]).toBe('年末年始休業')
    expect(REPORT_TABLES.categories(report, target('csv', 'ja')).rows).toHaveLength(5)
    expect(REPORT_TABLES.categories(report, target('page', 'en')).rows[0]).toEqual([
      '必要書類',
      'First priority',
      1,
    ])
  })

  it('a date-time: on the page to the minute in Tokyo, to the file as the instant (the writer formats it)', () => {
    expect(REPORT_TABLES.complaints(report, target('page', 'en')).rows[0]).toEqual([
      '2026-12-01 09:30',
      '待ち',
      'High',
      'Done',
    ])
    expect(REPORT_TABLES.complaints(report, target('csv', 'ja')).rows[0]?.[0]).toBe('2026-12-01T00:30:15Z')
  })
})
