import type { CallDetail, CallSummary, Complaint, ComplaintList, EscalationList } from '@madoguchi/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callsKit } from '../testing/calls-kit'
import { startTestServer, type TestServer } from '../testing/harness'

// What a call's close leaves to follow up, in process on a real SQLite file: escalations overdue by
// the city's business days, the call-back that closes them, and complaints.

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})
afterAll(() => server.close())

const { operator, supervisor, city, json, take, routine } = callsKit(() => server)

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
