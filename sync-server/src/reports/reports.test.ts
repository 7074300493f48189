import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type MonthlyReport, newId, type TodayDashboard, type WeekTrend } from '@madoguchi/shared'
import { parse } from 'csv-parse/sync'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { FIXTURE_CDR, seedFixture } from '../testing/reports-fixture'
import { useTestServer } from '../testing/use-server'

// The monthly report on a real SQLite file: the hand-computed December 2026 (testing/reports-fixture.ts)
// through the API, before and after its call-detail file is imported; the import's refusals and
// re-imports; the CSV files' bytes; remarks, proposals and the supervisor's panel.

const t = useTestServer('supervisor', { now: new Date('2027-01-05T03:00:00Z') })
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')
const upload = (text: string, extra: Record<string, unknown> = {}) => ({
  provider: 'pbx',
  fileName: 'december.csv',
  content: b64(text),
  ...extra,
})
const report = async (month = '2026-12') => {
  const res = await t.client.request('GET', `/api/reports/${month}`)
  expect(res.status).toBe(200)
  return (await res.json()) as MonthlyReport
}
// biome-ignore lint/suspicious/noExplicitAny: response bodies read field by field in the asserts
const json = async (res: Response | Promise<Response>): Promise<any> => (await res).json()
// The CSV files read back by csv-parse, a real RFC 4180 parser (not the import's own).
const readCsv = (text: string): string[][] => parse(text, { bom: true, record_delimiter: '\r\n' })
const cdrCount = () => t.server.db.prepare('SELECT count(*) FROM cdr_calls').pluck().get() as number

describe('the report of a month', () => {
  it('without call-detail data: the call log’s figures, no answer rate, and it says so', async () => {
    seedFixture(t.server.db)
    const r = await report()
    expect(r.cdr).toBeNull()
    // 5 December calls, 4 answered, 2 resolved (L1, L3); talk (100 + 200 + 400 + 600) ÷ 4 = 325 s.
    expect(r.calls).toMatchObject({
      incoming: 5,
      answered: 4,
      answerRate: null,
      resolved: 2,
      firstContactResolution: 0.5,
      talkSecondsTotal: 1300,
      averageTalkSeconds: 325,
      cdr: false,
    })
    expect(r.previousMonth).toMatchObject({
      month: '2026-11',
      calls: { incoming: 1, answered: 1, firstContactResolution: 1 },
    })
    expect(r.sameMonthLastYear.calls.incoming).toBe(0)
    // L3 counts on the 15th though it ended on the 16th; L4 on the 31st though it ended in January.
    expect(r.perDay[14]).toMatchObject({ date: '2026-12-15', incoming: 1, talkSecondsTotal: 400 })
    expect(r.perDay[15]?.incoming).toBe(0)
    expect(r.perDay[30]).toMatchObject({ date: '2026-12-31', incoming: 1, closed: true })
    expect(r.perHour[23]).toMatchObject({ incoming: 2 })
    expect(r.byTier).toEqual({ first: 2, second: 1, reference: 1 })
    expect(r.byCategory.find((c) => c.code === 'items_to_bring')?.calls).toBe(1)
    expect(r.complaints).toMatchObject([{ what: '電話がつながりにくい', status: 'received' }])
    expect(r.escalations).toEqual([
      { department: '市民課', raised: 1, answered: 1, averageAnswerHours: 24, overdue: 0, open: 0 },
    ])
    expect(r.faq).toMatchObject({ available: true, published: 0, callsUsed: 0 })
    expect(r.labels).toEqual({ wareki: '令和8年12月', seireki: '2026年12月' })
  })

  it('with the call-detail file: CDR times, unanswered calls, and the call missing from it', async () => {
    seedFixture(t.server.db)
    const preview = await json(t.client.request('POST', '/api/reports/cdr/preview', upload(FIXTURE_CDR)))
    expect(preview).toMatchObject({
      mappingSource: 'guessed',
      rows: 6,
      newCalls: 6,
      alreadyImported: 0,
      problems: [],
    })
    expect(preview.mapping).toEqual({
      line: '回線',
      start: '着信日時',
      answered: '応答日時',
      end: '終了日時',
    })
    expect(preview.sample[0]).toMatchObject({ fileLine: 2, start: '2026-12-01 09:00:01' })
    expect(cdrCount()).toBe(0)
    const imported = await t.client.request('POST', '/api/reports/cdr/import', upload(FIXTURE_CDR))
    expect(await imported.json()).toMatchObject({ rows: 6, added: 6, alreadyImported: 0 })
    const r = await report()
    // 6 CDR rows + L4 (logged, not in the file) = 7; answered: L1, L2, L3, the unlogged 14:00 call and
    // L4 = 5 → 71.4 %; resolved L1, L3 → 2 ÷ 5; talk 105 + 200 + 400 + 300 + 600 = 1605 → 321 s.
    expect(r.cdr).toEqual({ rows: 6, matched: 4, loggedNotInCdr: 1, cdrNotLogged: 2 })
    expect(r.calls).toMatchObject({
      incoming: 7,
      answered: 5,
      resolved: 2,
      talkSecondsTotal: 1605,
      averageTalkSeconds: 321,
    })
    expect(r.calls.answerRate).toBeCloseTo(5 / 7)
    expect(r.calls.firstContactResolution).toBeCloseTo(0.4)
    expect(r.uncategorised).toBe(1)
    // The mapping is saved: the next file of this provider needs none.
    const again = await (
      await t.client.request('POST', '/api/reports/cdr/preview', upload(FIXTURE_CDR))
    ).json()
    expect(again).toMatchObject({ mappingSource: 'saved', newCalls: 0, alreadyImported: 6 })
  })

  it('refuses months outside the contract and months not begun', async () => {
    for (const [month, code] of [
      ['2026-09', 'before_contract'],
      ['2027-02', 'future'],
      ['2029-10', 'after_contract'],
    ]) {
      const res = await t.client.request('GET', `/api/reports/${month}`)
      expect(res.status).toBe(422)
      expect(await res.json()).toMatchObject({
        error: { code: 'month_not_reportable', fields: { month: [{ code }] } },
      })
    }
    expect((await t.client.request('GET', '/api/reports/2026-13')).status).toBe(422)
  })

  it('city staff read it; only supervisors write remarks; operators do not see it', async () => {
    expect((await t.as('city').request('GET', '/api/reports/2026-12')).status).toBe(200)
    expect((await t.as('operator').request('GET', '/api/reports/2026-12')).status).toBe(403)
    const body = { text: '12月は年末の予約が集中した。', expectedVersion: 0 }
    expect((await t.as('city').request('PUT', '/api/reports/2026-12/remarks', body)).status).toBe(403)
    expect((await t.client.request('PUT', '/api/reports/2026-12/remarks', body)).status).toBe(200)
    expect((await t.client.request('PUT', '/api/reports/2026-12/remarks', body)).status).toBe(409)
    expect((await report()).remarks).toMatchObject({
      text: body.text,
      version: 1,
      updatedByName: '監督 真理',
    })
  })
})

describe('the call-detail import', () => {
  it('refuses a file with bad lines whole, naming every line; nothing is written', async () => {
    const bad = [
      '回線,発信者番号,着信日時,応答日時,終了日時',
      '1,0312345678,2026/12/01 09:00:01,2026/12/01 09:00:06,2026/12/01 09:01:51',
      '1,0312345678,2026/12/01 25:00:00,,2026/12/01 10:03:30',
      '1,0312345678,2026/12/03 14:00:00,,2026/12/03 14:05:05',
      '1,0312345678,2026/12/03 15:00:00,,2026/12/03 14:05:05',
    ].join('\n')
    const res = await t.client.request('POST', '/api/reports/cdr/import', upload(bad))
    expect(res.status).toBe(422)
    const body = await json(res)
    expect(body.error.code).toBe('cdr_invalid')
    expect(body.error.details.problems).toEqual([
      { line: 3, field: 'start', code: 'bad_time' },
      { line: 5, field: 'end', code: 'end_before_start' },
    ])
    expect(cdrCount()).toBe(0)
    // A file of another kind: the missing columns.
    const other = await t.client.request(
      'POST',
      '/api/reports/cdr/import',
      upload('予約番号,氏名\r\nK7M,恵庭 花子'),
    )
    expect((await json(other)).error.details.problems.map((p: { field: string }) => p.field)).toEqual([
      'line',
      'start',
      'answered',
      'end',
    ])
    // Bytes that are no text at all.
    const binary = {
      provider: 'pbx',
      fileName: 'x.csv',
      content: Buffer.from([0xff, 0xd8, 0x00, 0x01, 0x85]).toString('base64'),
    }
    expect(
      (await json(t.client.request('POST', '/api/reports/cdr/import', binary))).error.details.problems[0]
        .code,
    ).toBe('encoding')
  })

  it('never counts a call twice: the same file again, or an overlapping one', async () => {
    await t.client.request('POST', '/api/reports/cdr/import', upload(FIXTURE_CDR))
    const same = await (await t.client.request('POST', '/api/reports/cdr/import', upload(FIXTURE_CDR))).json()
    expect(same).toMatchObject({ added: 0, alreadyImported: 6 })
    const lines = FIXTURE_CDR.split('\r\n')
    const overlap = [
      lines[0],
      lines[6],
      '2,0399999999,2026/12/04 09:00:00,2026/12/04 09:00:09,2026/12/04 09:04:09',
    ].join('\r\n')
    const more = await (await t.client.request('POST', '/api/reports/cdr/import', upload(overlap))).json()
    expect(more).toMatchObject({ rows: 2, added: 1, alreadyImported: 1 })
    expect(cdrCount()).toBe(7)
  })

  it('reads Shift_JIS files, and keeps no caller number anywhere: not in the database, not in the log', async () => {
    const sjis = iconv.encode(FIXTURE_CDR, 'cp932').toString('base64')
    const res = await t.client.request('POST', '/api/reports/cdr/import', {
      provider: 'pbx',
      fileName: 'sjis.csv',
      content: sjis,
    })
    expect(await res.json()).toMatchObject({ added: 6 })
    t.server.db.pragma('wal_checkpoint(TRUNCATE)')
    const file = readFileSync(join(t.server.dir, 'test.sqlite'))
    expect(file.includes(Buffer.from('0312345678'))).toBe(false)
    expect(t.server.logLines.join('\n')).not.toContain('0312345678')
  })

  it('only supervisors and admins import', async () => {
    expect((await t.as('city').request('POST', '/api/reports/cdr/import', upload(FIXTURE_CDR))).status).toBe(
      403,
    )
    expect(
      (await t.as('operator').request('POST', '/api/reports/cdr/preview', upload(FIXTURE_CDR))).status,
    ).toBe(403)
  })
})

describe('CSV files for the city', () => {
  const bytesOf = async (path: string) => {
    const res = await t.client.request('GET', path)
    expect(res.status).toBe(200)
    return { res, bytes: Buffer.from(await res.arrayBuffer()) }
  }

  it('UTF-8 with BOM, CRLF, Japanese headers, quoted and formula-safe cells; Shift_JIS on request', async () => {
    seedFixture(t.server.db)
    const tricky = '=HYPERLINK("x"),髙橋㈱ "案"'
    const proposal = {
      id: newId(),
      title: tricky,
      content: '-1 予約枠の追加\n土日の午前',
      proposer: '監督 真理',
      status: 'discussing',
      proposedOn: '2026-12-10',
      decidedOn: null,
      doneOn: null,
      effect: '',
      expectedVersion: 0,
    }
    expect((await t.client.request('PUT', '/api/reports/proposals', proposal)).status).toBe(200)
    expect((await t.client.request('PUT', '/api/reports/proposals', proposal)).status).toBe(409)
    const { res, bytes } = await bytesOf('/api/reports/2026-12/csv/proposals')
    expect(res.headers.get('content-disposition')).toContain('proposals_2026-12.csv')
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.subarray(3).toString('utf8')
    expect(text.endsWith('\r\n')).toBe(true)
    expect(
      text
        .replace(/"[^"]*"/g, '')
        .split('\n')
        .every((l, i, all) => i === all.length - 1 || l.endsWith('\r')),
    ).toBe(true)
    const rows = readCsv(text)
    expect(rows[0]).toEqual(['提案日', '件名', '内容', '提案者', '状況', '決定日', '完了日', '効果'])
    expect(rows[1]?.slice(0, 5)).toEqual([
      '2026/12/10',
      `'${tricky}`,
      "'-1 予約枠の追加\n土日の午前",
      '監督 真理',
      '協議中',
    ])
    const sjis = await bytesOf('/api/reports/2026-12/csv/proposals?encoding=sjis')
    expect(sjis.bytes[0]).not.toBe(0xef)
    expect(readCsv(iconv.decode(sjis.bytes, 'cp932'))).toEqual(rows)
    const summary = readCsv((await bytesOf('/api/reports/2026-12/csv/summary')).bytes.toString('utf8'))
    expect(summary[1]).toEqual(['2026年12月', '5', '4', '通話明細なし', '2', '50.0%', '05:25'])
  })

  it('the month’s calls, streamed, in Tokyo time and without callers’ numbers', async () => {
    seedFixture(t.server.db)
    const { bytes } = await bytesOf('/api/reports/2026-12/csv/calls')
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = readCsv(bytes.toString('utf8'))
    expect(rows).toHaveLength(6)
    expect(rows[0]?.[0]).toBe('開始日時')
    // Tokyo times as Excel reads date-times; the line a code whose form Excel keeps.
    expect(rows[1]?.slice(0, 5)).toEqual([
      '2026/12/01 09:00:00',
      '2026/12/01 09:00:05',
      '2026/12/01 09:01:46',
      '="1"',
      '100',
    ])
    expect(rows[5]?.[0]).toBe('2026/12/31 23:58:00')
    const sjis = await bytesOf('/api/reports/2026-12/csv/calls?encoding=sjis')
    expect(readCsv(iconv.decode(sjis.bytes, 'cp932'))).toEqual(rows)
  })
})

describe('the supervisor’s panel', () => {
  it('today so far: calls, answer rate over the calls that rang, escalations and complaints open', async () => {
    seedFixture(t.server.db)
    t.server.setNow(new Date('2026-12-02T03:00:00Z')) // 12:00 on 2 Dec in Tokyo: L5 rang, unanswered
    const res = await t.fresh().request('GET', '/api/reports/today')
    const d = (await res.json()) as TodayDashboard
    expect(d).toMatchObject({
      date: '2026-12-02',
      calls: 1,
      answered: 0,
      rang: 1,
      answerRate: 0,
      openComplaints: 1,
      openEscalations: 0,
    })
    expect((await t.as('operator').request('GET', '/api/reports/today')).status).toBe(403)
    // The four weeks before today: November's call on Monday 30 Nov at 12, L1 and L2 on Tuesday 1 Dec
    // at 9 and 10 (Tokyo); today's L5 is not in it.
    expect(d.heatmap[1]?.[12]).toBe(1)
    expect(d.heatmap[2]?.[9]).toBe(1)
    expect(d.heatmap[2]?.[10]).toBe(1)
    expect(d.heatmap.flat().reduce((a, b) => a + b, 0)).toBe(3)
  })
})

describe('the weekly trends', () => {
  it('twelve Monday-start weeks on Tokyo dates: a week across the month end, weeks with no calls', async () => {
    seedFixture(t.server.db) // now: Tuesday 5 Jan 2027, 12:00 in Tokyo
    // Two calls an hour apart around Tokyo's Monday midnight: Sunday 3 Jan 23:30 and Monday 4 Jan
    // 00:30 in Tokyo, both Sunday 3 Jan in UTC. They fall in different weeks.
    const operator = t.server.db.prepare(`SELECT id FROM staff WHERE role = 'operator'`).pluck().get()
    const insert = t.server.db.prepare(
      `INSERT INTO calls (id, status, source, operator_id, ringing_at, answered_at, ended_at, talk_seconds, outcome, started_at, closed_at)
       VALUES (?, 'closed', 'cti', ?, ?, ?, ?, 30, ?, ?, ?)`,
    )
    const sunday = '2027-01-03T14:30:00.000Z'
    const monday = '2027-01-03T15:30:00.000Z'
    insert.run(newId(), operator, sunday, sunday, sunday, 'resolved', sunday, sunday)
    insert.run(newId(), operator, monday, null, monday, 'dropped', monday, monday)
    const res = await t.client.request('GET', '/api/reports/trends')
    expect(res.status).toBe(200)
    const { today, weeks } = (await res.json()) as { today: string; weeks: WeekTrend[] }
    expect(today).toBe('2027-01-05')
    expect(weeks).toHaveLength(12)
    expect(weeks[0]?.from).toBe('2026-10-19')
    const week = (from: string) => {
      const w = weeks.find((x) => x.from === from)
      return (
        w && {
          calls: w.calls,
          answered: w.answered,
          resolved: w.resolved,
          rang: w.rang,
          rate: w.answerRate,
          fcr: w.firstContactResolution,
          current: w.current,
        }
      )
    }
    // 30 Nov – 6 Dec: November's call on Monday 30 Nov, L1 and L2 on 1 Dec, L5 (unanswered) on 2 Dec.
    expect(week('2026-11-30')).toEqual({
      calls: 4,
      answered: 3,
      resolved: 2,
      rang: 4,
      rate: 0.75,
      fcr: 2 / 3,
      current: false,
    })
    expect(weeks.find((w) => w.from === '2026-11-30')?.categories).toMatchObject({
      deadlines: 1,
      booking_new: 1,
      documents: 1,
      other: 0,
    })
    // 14–20 Dec: L3, taken by hand (never rang): resolved, no answer rate.
    expect(week('2026-12-14')).toEqual({
      calls: 1,
      answered: 1,
      resolved: 1,
      rang: 0,
      rate: null,
      fcr: 1,
      current: false,
    })
    // 28 Dec – 3 Jan: L4 (a complaint) and Sunday 23:30's resolved call.
    expect(week('2026-12-28')).toEqual({
      calls: 2,
      answered: 2,
      resolved: 1,
      rang: 2,
      rate: 1,
      fcr: 0.5,
      current: false,
    })
    // This week so far: Monday 00:30's call, rang and not answered.
    expect(week('2027-01-04')).toEqual({
      calls: 1,
      answered: 0,
      resolved: 0,
      rang: 1,
      rate: 0,
      fcr: null,
      current: true,
    })
    expect(week('2026-12-07')).toEqual({
      calls: 0,
      answered: 0,
      resolved: 0,
      rang: 0,
      rate: null,
      fcr: null,
      current: false,
    })
    expect(weeks.reduce((n, w) => n + w.calls, 0)).toBe(8)
    expect((await t.as('operator').request('GET', '/api/reports/trends')).status).toBe(403)
  })
})

describe('the demo data', () => {
  it('seeds call details for the demo calls, so the demo report has an answer rate', async () => {
    const { seedDemoCalls } = await import('../seed/demo-calls')
    const { seedDemoCdr } = await import('../seed/demo-cdr')
    seedDemoCalls(t.server.db, t.server.deps.now(), 40)
    expect(seedDemoCdr(t.server.db, t.server.deps.now())).toBeGreaterThan(500)
    const r = await report()
    expect(r.cdr?.rows).toBeGreaterThan(500)
    expect(r.cdr?.matched).toBeGreaterThan(0)
    expect(r.calls.answerRate).toBeGreaterThan(0.8)
    expect(r.calls.answerRate).toBeLessThan(1)
  })
})

describe('finalising', () => {
  it('freezes the month: late data changes the live report, not the finalised one; twice is refused; a revision is kept beside it', async () => {
    seedFixture(t.server.db)
    const finalise = (body: object, role: 'supervisor' | 'city' = 'supervisor') =>
      t.as(role).request('POST', '/api/reports/2026-12/finalise', body)
    expect((await finalise({ expectedRevision: 0 }, 'city')).status).toBe(403)
    expect((await finalise({ expectedRevision: 0 })).status).toBe(200)
    expect((await json(finalise({ expectedRevision: 0 }))).error.code).toBe('report_finalised')
    // Late data: the month's call details arrive after it was finalised.
    await t.client.request('POST', '/api/reports/cdr/import', upload(FIXTURE_CDR))
    const live = await report()
    expect(live.calls.incoming).toBe(7)
    expect(live.versions).toMatchObject([{ revision: 1, finalisedByName: '監督 真理' }])
    const frozen = (await json(t.client.request('GET', '/api/reports/2026-12/versions/1'))) as MonthlyReport
    expect(frozen.calls).toMatchObject({ incoming: 5, answerRate: null })
    expect(frozen.cdr).toBeNull()
    // A revised version needs a reason, and keeps the first.
    expect((await finalise({ expectedRevision: 1 })).status).toBe(422)
    expect((await finalise({ expectedRevision: 1, reason: '通話明細の取込後に再集計' })).status).toBe(200)
    expect(
      ((await json(t.client.request('GET', '/api/reports/2026-12/versions/2'))) as MonthlyReport).calls
        .incoming,
    ).toBe(7)
    expect(
      ((await json(t.client.request('GET', '/api/reports/2026-12/versions/1'))) as MonthlyReport).calls
        .incoming,
    ).toBe(5)
    expect((await t.as('city').request('GET', '/api/reports/2026-12/versions/2')).status).toBe(200)
    // The month still running cannot be finalised.
    expect(
      (await json(t.client.request('POST', '/api/reports/2027-01/finalise', { expectedRevision: 0 }))).error
        .fields.month[0].code,
    ).toBe('not_ended')
  })
})
