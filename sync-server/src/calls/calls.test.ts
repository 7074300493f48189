import { type ApiError, type CallDetail, makeIndividualNumber, newId } from '@madoguchi/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listAudit } from '../testing/audit'
import { callsKit } from '../testing/calls-kit'
import { startTestServer, type TestServer } from '../testing/harness'

// The call log's services in process, on a real SQLite file: the lifecycle of a call and the outcome
// rules. Escalations, the call-back and complaints are in follow-ups.test.ts, the webhook in
// telephony.test.ts.

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})
afterAll(() => server.close())

const { operator, json, count, take, routine } = callsKit(() => server)

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
