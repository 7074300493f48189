import {
  type MonthlyReport,
  makeIndividualNumber,
  newId,
  type PlannedSession,
  type ReferenceResponse,
} from '@madoguchi/shared'
import { parse } from 'csv-parse/sync'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { listAudit } from '../testing/audit'
import { pushMutations, sessionMutation } from '../testing/sync'
import { useTestServer } from '../testing/use-server'

// 実施日程 over real HTTP on a real SQLite file: a supervisor plans, tablets receive the plans as the
// `schedule` reference kind, a session started from a plan names it, and the report joins both.
// The clock: 10:00 on 20 Nov 2026 in Tokyo.
const t = useTestServer('supervisor', { now: new Date('2026-11-20T01:00:00Z') })

const plan = (overrides: Record<string, unknown> = {}) => ({
  siteId: 'site-demo-mall',
  date: '2026-11-25',
  startTime: '10:00',
  endTime: '16:00',
  staffNames: ['出張 花子', '窓口 太郎'],
  note: '北側入口のイベントスペース',
  expectedVersion: 0,
  ...overrides,
})

async function put(id: string, body: unknown, as = t.client): Promise<Response> {
  return as.request('PUT', `/api/schedule/${id}`, body)
}

async function saved(id: string, body: unknown): Promise<PlannedSession> {
  const res = await put(id, body)
  expect(res.status, await res.clone().text()).toBe(200)
  return (await res.json()) as PlannedSession
}

async function pullSchedule(since: number): Promise<NonNullable<ReferenceResponse['schedule']>> {
  const res = await t.as('outreach').request('GET', `/api/sync/reference?schedule=${since}`)
  expect(res.status).toBe(200)
  const body = (await res.json()) as ReferenceResponse
  if (!body.schedule) throw new Error('no schedule kind in the answer')
  return body.schedule
}

describe('planning a pop-up session (実施日程)', () => {
  it('creates, changes and cancels a plan, each write audited, a stale version refused', async () => {
    const id = newId()
    const created = await saved(id, plan())
    expect(created).toMatchObject({ status: 'planned', version: 1, siteName: expect.any(String) })
    const changed = await saved(id, plan({ startTime: '09:30', expectedVersion: 1 }))
    expect(changed).toMatchObject({ startTime: '09:30', version: 2 })
    expect((await put(id, plan({ expectedVersion: 1 }))).status).toBe(409)

    const list = await t.as('city').request('GET', '/api/schedule?month=2026-11')
    expect(list.status).toBe(200)
    expect(((await list.json()) as { plans: PlannedSession[] }).plans.map((p) => p.id)).toEqual([id])

    const res = await t.client.request('POST', `/api/schedule/${id}/cancel`, { expectedVersion: 2 })
    expect(res.status).toBe(200)
    expect(((await res.json()) as PlannedSession).status).toBe('cancelled')
    // A cancelled plan is not brought back by an edit: plan it again instead.
    expect((await put(id, plan({ expectedVersion: 3 }))).status).toBe(409)

    const actions = listAudit(t.server.db, { entity: 'planned_session', entityId: id }).map((r) => r.action)
    expect(actions.sort()).toEqual(['schedule.cancel', 'schedule.save', 'schedule.save'])
  })

  it('refuses bad input with field messages in the caller’s language', async () => {
    const bad = await put(
      newId(),
      plan({ siteId: 'site-nowhere', date: '2025-04-01', startTime: '16:00', endTime: '10:00' }),
    )
    expect(bad.status).toBe(422)
    const { error } = (await bad.json()) as {
      error: { fields: Record<string, { code: string; message: string }[]> }
    }
    expect(error.fields.date?.[0]?.code).toBe('outside_contract')
    expect(error.fields.endTime?.[0]).toMatchObject({
      code: 'end_not_after_start',
      message: expect.stringContaining('終了時刻'),
    })

    const unknownSite = await put(newId(), plan({ siteId: 'site-nowhere' }))
    expect(unknownSite.status).toBe(422)
    expect(((await unknownSite.json()) as { error: { fields: object } }).error.fields).toHaveProperty(
      'siteId',
    )

    const english = await t.client.request('PUT', `/api/schedule/${newId()}`, plan({ startTime: '25:00' }), {
      'accept-language': 'en',
    })
    expect(english.status).toBe(422)
    expect(await english.text()).toContain('Enter a time such as 09:30.')

    // A 12-digit individual number in the note is refused like any stored text.
    const shaped = await put(newId(), plan({ note: `連絡先 ${makeNumberLike()}` }))
    expect(shaped.status).toBe(422)
  })

  it('lets outreach staff and city staff read but not plan', async () => {
    expect((await t.as('outreach').request('GET', '/api/schedule?month=2026-11')).status).toBe(200)
    expect((await put(newId(), plan(), t.as('outreach'))).status).toBe(403)
    expect((await put(newId(), plan(), t.as('city'))).status).toBe(403)
    expect((await put(newId(), plan(), t.as('operator'))).status).toBe(403)
  })
})

describe('the schedule as tablets receive it', () => {
  it('sends plans from today on, then only changes, with cancelled and moved-back plans as deleted', async () => {
    const today = newId()
    const later = newId()
    const past = newId()
    await saved(today, plan({ date: '2026-11-20' }))
    await saved(later, plan({ date: '2026-12-03', siteId: 'site-demo-hall' }))
    await saved(past, plan({ date: '2026-11-10' }))

    const first = await pullSchedule(0)
    expect(first.items.map((p) => p.id)).toEqual([today, later])
    expect(first.items[0]).toMatchObject({
      siteId: 'site-demo-mall',
      startTime: '10:00',
      staffNames: ['出張 花子', '窓口 太郎'],
    })
    expect(first.deleted).toEqual([])
    expect(await pullSchedule(first.version)).toEqual({ version: first.version, items: [], deleted: [] })

    await t.client.request('POST', `/api/schedule/${later}/cancel`, { expectedVersion: 1 })
    await saved(today, plan({ date: '2026-11-19', expectedVersion: 1 }))
    const second = await pullSchedule(first.version)
    expect(second.items).toEqual([])
    expect(second.deleted.sort()).toEqual([today, later].sort())
    expect(second.version).toBeGreaterThan(first.version)
  })
})

describe('a session started from a plan, and the report', () => {
  it('accepts plannedId (and its absence), and shows planned vs held: 実施, 未実施, 予定外', async () => {
    const heldPlan = newId()
    const missedPlan = newId()
    await saved(heldPlan, plan({ date: '2026-11-25' }))
    await saved(missedPlan, plan({ date: '2026-11-26', siteId: 'site-demo-hall' }))

    const tablet = t.as('outreach')
    const linked = sessionMutation()
    ;(linked.data as Record<string, unknown>).plannedId = heldPlan
    const older = sessionMutation() // an older tablet: no plannedId at all
    ;(older.data as Record<string, unknown>).date = '2026-11-27'
    const results = await pushMutations(tablet, [linked, older])
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied'])
    const stored = t.server.db
      .prepare("SELECT json_extract(data, '$.plannedId') FROM outreach_sessions WHERE id = ?")
      .pluck()
      .get(linked.recordId)
    expect(stored).toBe(heldPlan)

    const badLink = sessionMutation()
    ;(badLink.data as Record<string, unknown>).plannedId = 'not-an-id'
    const refused = await tablet.request('POST', '/api/sync/push', {
      deviceId: linked.deviceId,
      mutations: [badLink],
    })
    expect(JSON.stringify(await refused.json())).toContain('plannedId')

    t.server.setNow(new Date('2026-12-02T01:00:00Z'))
    const res = await t.fresh('supervisor').request('GET', '/api/reports/2026-11')
    expect(res.status).toBe(200)
    const report = (await res.json()) as MonthlyReport
    expect(report.plannedVsHeld?.map((r) => [r.date, r.outcome, r.plan?.id ?? null, r.sessions])).toEqual([
      ['2026-11-25', 'held', heldPlan, 1],
      ['2026-11-26', 'not_held', missedPlan, 0],
      ['2026-11-27', 'unplanned', null, 1],
    ])
    // The pop-up results table itself is unchanged: the link does not leak into its rows.
    expect(report.popUps[0]).not.toHaveProperty('plannedId')

    // The same rows as a CSV file through the one writer, read back by csv-parse (and iconv-lite for
    // Shift_JIS): BOM, CRLF, Japanese headers, the date as Excel reads one, the outcome in words.
    const csv = await t.fresh('city').request('GET', '/api/reports/2026-11/csv/plans')
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-disposition')).toContain('plans_2026-11.csv')
    const bytes = Buffer.from(await csv.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.subarray(3).toString('utf8')
    expect(text.endsWith('\r\n')).toBe(true)
    const rows: string[][] = parse(text, { record_delimiter: '\r\n' })
    const site = (id: string) =>
      t.server.db.prepare("SELECT json_extract(data, '$.name') FROM sites WHERE id = ?").pluck().get(id)
    expect(rows).toEqual([
      ['実施日', '予定時間', '会場', '結果', '実施回数', '来場者数', '申請受付数'],
      ['2026/11/25', '10:00〜16:00', site('site-demo-mall'), '実施', '1', '0', '0'],
      ['2026/11/26', '10:00〜16:00', site('site-demo-hall'), '未実施', '0', '0', '0'],
      ['2026/11/27', '', site('site-demo-mall'), '予定外', '1', '0', '0'],
    ])
    // Shift_JIS: the same rows, the 〜 (WAVE DASH) as CP932's ～, the form Excel shows, not a 〓.
    const sjis = await t.as('city').request('GET', '/api/reports/2026-11/csv/plans?encoding=sjis')
    const sjisText = iconv.decode(Buffer.from(await sjis.arrayBuffer()), 'cp932')
    expect(sjisText).not.toContain('〓')
    expect(parse(sjisText, { record_delimiter: '\r\n' })).toEqual(
      rows.map((r) => r.map((cell) => cell.replace('〜', '～'))),
    )
  })
})

/** Twelve digits with a valid check digit, made at test time (no tracked file holds one). */
function makeNumberLike(): string {
  return makeIndividualNumber('12345678901')
}
