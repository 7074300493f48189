import type { CallDetail, CtiEventResult, IncomingCall } from '@madoguchi/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tokenSha256 } from '../auth/telephony-token'
import { callsKit } from '../testing/calls-kit'
import { startTestServer, type TestServer } from '../testing/harness'

// The telephone service's webhook in process, on a real SQLite file: a call logged once however often
// its events come, put on the answering operator's desk, and nothing written for a wrong token.

const TOKEN = 'calls-test-telephony-token-0123456789abcdef'
let server: TestServer

beforeAll(async () => {
  server = await startTestServer({ telephony: [{ provider: 'pbx', tokenSha256: tokenSha256(TOKEN) }] })
})
afterAll(() => server.close())

const { operator, supervisor, json, count } = callsKit(() => server)

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
