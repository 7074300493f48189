import {
  type ApiError,
  type CallDetail,
  type CallSummary,
  type Complaint,
  type ComplaintList,
  type CtiEventResult,
  type EscalationList,
  type IncomingCall,
  makeIndividualNumber,
  newId,
  type Role,
} from '@madoguchi/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tokenSha256 } from '../auth/telephony-token'
import { listAudit } from '../testing/audit'
import { type Client, quickClient, startTestServer, type TestServer } from '../testing/harness'

// The call log's services in process, on a real SQLite file: the lifecycle of a call, the outcome
// rules, escalations overdue by the city's business days, the call-back, complaints and the webhook.

const TOKEN = 'calls-test-telephony-token-0123456789abcdef'
let server: TestServer

beforeAll(async () => {
  server = await startTestServer({ telephony: [{ provider: 'pbx', tokenSha256: tokenSha256(TOKEN) }] })
})

// A fresh session at the server's clock for each request: the tests move the clock by weeks.
const as = (role: Role): Client => quickClient(server, role)
const operator = { request: (...a: Parameters<Client['request']>) => as('operator').request(...a) }
const supervisor = { request: (...a: Parameters<Client['request']>) => as('supervisor').request(...a) }
const city = { request: (...a: Parameters<Client['request']>) => as('city').request(...a) } // 市民課
afterAll(() => server.close())

/** A response's JSON body as the shared wire type says it is. */
async function json<T>(res: Response | Promise<Response>): Promise<T> {
  return (await (await res).json()) as T
}

const count = (table: string) =>
  (server.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

async function take(at = '2026-12-02T01:00:00.000Z'): Promise<string> {
  const id = newId()
  const res = await operator.request('POST', '/api/calls', { id, answeredAt: at })
  expect(res.status).toBe(201)
  return id
}

const routine = {
  categories: ['items_to_bring'],
  outcome: 'resolved',
  summary: '持ち物の確認',
  endedAt: '2026-12-02T01:03:05.000Z',
  talkSeconds: 185,
}

describe('a call’s lifecycle', () => {
  it('takes, logs and reads back a routine call exactly as logged', async () => {
    server.setNow(new Date('2026-12-02T01:04:00Z'))
    const id = await take()
    // Taking it again (a retry) is the same call.
    expect(
      (await operator.request('POST', '/api/calls', { id, answeredAt: '2026-12-02T01:00:00.000Z' })).status,
    ).toBe(201)
    const bookingId = newId()
    const close = await operator.request('POST', `/api/calls/${id}/close`, {
      ...routine,
      categories: ['items_to_bring', 'booking_change'],
      primary: 'booking_change',
      links: [
        { kind: 'booking', id: bookingId, action: 'moved', ref: 'K7M-4QX-P', at: '2026-12-02T01:02:00.000Z' },
      ],
    })
    expect(close.status).toBe(200)
    const detail = await json<CallDetail>(operator.request('GET', `/api/calls/${id}`))
    expect(detail.call).toMatchObject({
      status: 'closed',
      outcome: 'resolved',
      primary: 'booking_change',
      talkSeconds: 185,
      answeredAt: '2026-12-02T01:00:00.000Z',
      endedAt: '2026-12-02T01:03:05.000Z',
      followUp: 'none',
    })
    expect(detail.call.categories.sort()).toEqual(['booking_change', 'items_to_bring'])
    expect(detail.links).toEqual([
      { kind: 'booking', id: bookingId, action: 'moved', ref: 'K7M-4QX-P', at: '2026-12-02T01:02:00.000Z' },
    ])
    expect(detail.events.map((e: { kind: string }) => e.kind)).toEqual(['started', 'closed'])
    // Logged once: a second close is refused.
    expect((await operator.request('POST', `/api/calls/${id}/close`, routine)).status).toBe(409)
    // The read of the caller's details is audited with the call's id.
    const reads = listAudit(server.db, { entity: 'call', entityId: id }).map((r) => r.action)
    expect(reads).toEqual(expect.arrayContaining(['call.start', 'call.close', 'call.read']))
  })

  it('keeps a talk-time correction in the call’s history', async () => {
    const id = await take()
    await operator.request('POST', `/api/calls/${id}/close`, routine)
    const res = await operator.request('POST', `/api/calls/${id}/talk-time`, {
      talkSeconds: 200,
      reason: '計測漏れ',
    })
    expect(res.status).toBe(200)
    const detail = await json<CallDetail>(operator.request('GET', `/api/calls/${id}`))
    expect(detail.call.talkSeconds).toBe(200)
    expect(detail.events.at(-1)).toMatchObject({ kind: 'talk_corrected', detail: { from: 185, to: 200 } })
  })
})

describe('outcome rules and bad input', () => {
  it('refuses a call without a category, saving nothing', async () => {
    const id = await take()
    const res = await operator.request('POST', `/api/calls/${id}/close`, { ...routine, categories: [] })
    expect(res.status).toBe(422)
    expect((await json<ApiError>(res)).error.fields?.categories?.[0]?.code).toBe('required')
    expect((await json<CallDetail>(operator.request('GET', `/api/calls/${id}`))).call.status).toBe('open')
  })

  it('refuses an individual number in the summary with the reason, and nothing is saved', async () => {
    const id = await take()
    const before = count('call_categories')
    const res = await operator.request('POST', `/api/calls/${id}/close`, {
      ...routine,
      summary: `個人番号 ${makeIndividualNumber('12345678901')} を言われた`,
    })
    expect(res.status).toBe(422)
    expect((await json<ApiError>(res)).error.fields?.summary?.[0]?.code).toBe('individual_number')
    expect(count('call_categories')).toBe(before)
    expect((await json<CallDetail>(operator.request('GET', `/api/calls/${id}`))).call.status).toBe('open')
  })

  it('refuses an escalation to an unknown department, saving nothing', async () => {
    const id = await take()
    const before = count('escalations')
    const res = await operator.request('POST', `/api/calls/${id}/close`, {
      ...routine,
      outcome: 'escalated',
      escalation: { department: '存在しない課', question: '住所変更の扱い' },
      contact: { phone: '090-0000-1111' },
    })
    expect(res.status).toBe(422)
    expect((await json<ApiError>(res)).error.fields?.['escalation.department']?.[0]?.code).toBe(
      'unknown_department',
    )
    expect(count('escalations')).toBe(before)
    expect((await json<CallDetail>(operator.request('GET', `/api/calls/${id}`))).call.status).toBe('open')
  })
})

async function escalate(now: string): Promise<{ callId: string; escalationId: string }> {
  server.setNow(new Date(now))
  const callId = await take(now)
  const res = await operator.request('POST', `/api/calls/${callId}/close`, {
    ...routine,
    endedAt: now,
    outcome: 'escalated',
    escalation: { department: '市民課', question: '転入予定者の申請はどこで', urgency: 'normal' },
    contact: { phone: '090-0000-2222', when: '平日午後' },
  })
  expect(res.status).toBe(200)
  const detail = await json<CallDetail>(operator.request('GET', `/api/calls/${callId}`))
  return { callId, escalationId: detail.escalation?.id ?? '' }
}

describe('escalations (取次ぎ)', () => {
  it('is overdue after 3 city business days, across a holiday (11/23)', async () => {
    // Raised Friday 11/20 (JST): Mon 11/23 is a holiday, so 3 business days end Thu 11/26.
    const { escalationId } = await escalate('2026-11-20T02:00:00.000Z')
    const inbox = async (jst: string) => {
      server.setNow(new Date(jst))
      const body = await json<EscalationList>(city.request('GET', '/api/escalations'))
      return body.escalations.find((e) => e.id === escalationId)
    }
    expect((await inbox('2026-11-26T08:00:00.000Z'))?.dueDate).toBe('2026-11-26')
    expect((await inbox('2026-11-26T08:00:00.000Z'))?.overdue).toBe(false)
    expect((await inbox('2026-11-27T01:00:00.000Z'))?.overdue).toBe(true)
  })

  it('is not overdue over the year-end closure: raised 12/28, due 1/6', async () => {
    const { escalationId } = await escalate('2026-12-28T02:00:00.000Z')
    server.setNow(new Date('2027-01-05T02:00:00.000Z'))
    const body = await json<EscalationList>(city.request('GET', '/api/escalations'))
    const e = body.escalations.find((x: { id: string }) => x.id === escalationId)
    expect(e?.dueDate).toBe('2027-01-06') // 1/4, 1/5, 1/6
    expect(e?.overdue).toBe(false)
  })

  it('goes from the inbox to the answer, to 回答あり, to the call-back that closes it', async () => {
    const { callId, escalationId } = await escalate('2026-12-02T02:00:00.000Z')
    // The call-back cannot be logged before the department has answered.
    expect((await operator.request('POST', `/api/calls/${callId}/callback`, { reached: true })).status).toBe(
      409,
    )
    const answer = await city.request('POST', `/api/escalations/${escalationId}/answer`, {
      answer: '転入後に市民課窓口で申請できます',
      expectedVersion: 1,
    })
    expect(answer.status).toBe(200)
    const follow = await json<{ answered: { call: CallSummary }[] }>(
      operator.request('GET', '/api/calls/follow-ups'),
    )
    expect(follow.answered.map((i) => i.call.id)).toContain(callId)
    expect(
      (await operator.request('POST', `/api/calls/${callId}/callback`, { reached: true, note: '伝達済み' }))
        .status,
    ).toBe(200)
    const detail = await json<CallDetail>(operator.request('GET', `/api/calls/${callId}`))
    expect(detail.escalation?.status).toBe('done')
    expect(detail.call.followUp).toBe('done')
    expect(detail.events.map((e: { kind: string }) => e.kind)).toEqual([
      'started',
      'closed',
      'escalation_answered',
      'callback',
    ])
  })

  it('shows city staff only their department', async () => {
    expect((await city.request('GET', '/api/escalations?department=税務課')).status).toBe(403)
    const own = await json<EscalationList>(city.request('GET', '/api/escalations'))
    expect(own.escalations.every((e: { department: string }) => e.department === '市民課')).toBe(true)
    // The call log itself is not theirs.
    expect((await city.request('GET', '/api/calls')).status).toBe(403)
  })
})

describe('complaints (苦情)', () => {
  it('opens a complaint from the call, takes actions and closes with the date', async () => {
    server.setNow(new Date('2026-12-03T03:00:00.000Z'))
    const id = await take('2026-12-03T03:00:00.000Z')
    const res = await operator.request('POST', `/api/calls/${id}/close`, {
      ...routine,
      outcome: 'complaint',
      complaint: { what: '予約が取れない', severity: 'high' },
    })
    expect(res.status).toBe(200)
    const list = await json<ComplaintList>(supervisor.request('GET', '/api/complaints?status=received'))
    const complaint = list.complaints.find((k: { callId: string }) => k.callId === id)
    expect(complaint).toMatchObject({ severity: 'high', status: 'received', closedAt: null })
    const acted = await supervisor.request('POST', `/api/complaints/${complaint?.id}/actions`, {
      note: '折り返し説明',
      status: 'done',
      expectedVersion: complaint?.version,
    })
    expect(acted.status).toBe(200)
    const done = await json<Complaint>(acted)
    expect(done.status).toBe('done')
    expect(done.closedAt).toBe('2026-12-03T03:00:00.000Z')
    expect(done.actions.map((a: { note: string }) => a.note)).toEqual(['受付', '折り返し説明'])
    expect((await operator.request('GET', '/api/complaints')).status).toBe(403)
  })
})

describe('the incoming-call webhook', () => {
  const post = (body: unknown, token = TOKEN) =>
    server.app.request('/api/telephony/events', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })

  it('logs one call for the same event twice, and puts it on the answering operator’s desk', async () => {
    const before = count('calls')
    const ringing = {
      eventId: 'ev-1',
      type: 'call.ringing',
      callId: 'pbx-1',
      line: '1',
      from: '090-1111-2222',
      at: '2026-12-04T00:00:00.000Z',
    }
    const first = await json<CtiEventResult>(post(ringing))
    const again = await json<CtiEventResult>(post(ringing))
    expect(again).toEqual({ callId: first.callId, duplicate: true })
    expect(count('calls')).toBe(before + 1)
    await post({
      eventId: 'ev-2',
      type: 'call.answered',
      callId: 'pbx-1',
      at: '2026-12-04T00:00:05.000Z',
      operator: 'operator',
    })
    const incoming = await json<IncomingCall>(operator.request('GET', '/api/calls/incoming'))
    expect(incoming.call).toMatchObject({
      id: first.callId,
      callerPhone: '09011112222',
      ringingAt: '2026-12-04T00:00:00.000Z',
      answeredAt: '2026-12-04T00:00:05.000Z',
    })
  })

  it('closes a call never answered as dropped, counted against the answer rate', async () => {
    await post({ eventId: 'ev-3', type: 'call.ringing', callId: 'pbx-2', at: '2026-12-04T01:00:00.000Z' })
    const ended = await json<CtiEventResult>(
      post({ eventId: 'ev-4', type: 'call.ended', callId: 'pbx-2', at: '2026-12-04T01:00:20.000Z' }),
    )
    const detail = await json<CallDetail>(supervisor.request('GET', `/api/calls/${ended.callId}`))
    expect(detail.call).toMatchObject({
      status: 'closed',
      outcome: 'dropped',
      answeredAt: null,
      talkSeconds: 0,
    })
  })

  it('answers a wrong token with 401 and writes nothing', async () => {
    const calls = count('calls')
    const events = count('cti_events')
    const audit = count('audit_log')
    const res = await post(
      { eventId: 'ev-x', type: 'call.ringing', callId: 'pbx-x', at: '2026-12-04T02:00:00.000Z' },
      `${TOKEN}-wrong`,
    )
    expect(res.status).toBe(401)
    expect([count('calls'), count('cti_events'), count('audit_log')]).toEqual([calls, events, audit])
  })
})
