import type { MonthlyReport } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import { FIXTURE_CDR, seedFixture } from '../testing/reports-fixture'
import { reportsKit } from '../testing/reports-kit'
import { useTestServer } from '../testing/use-server'

// The monthly report on a real SQLite file: the hand-computed December 2026 (testing/reports-fixture.ts)
// through the API, before and after its call-detail file is imported; remarks, the demo data, and
// finalising. The import, the CSV files and the supervisor's panel have files of their own beside it.

const t = useTestServer('supervisor', { now: new Date('2027-01-05T03:00:00Z') })
const { upload, report, json, cdrCount } = reportsKit(t)

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
