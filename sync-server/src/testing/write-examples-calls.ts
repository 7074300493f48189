import { newId } from '@madoguchi/shared'
import { expect } from 'vitest'
import { NOW } from './booking'
import type { Client } from './harness'
import type { ExampleContext, Examples } from './write-examples-office'

/**
 * Example requests for the call log's write routes (calls, escalations and their departments,
 * complaints, the telephone service's webhook), for the end-to-end file search of issue #11
 * (http/no-number-stored.test.ts, through write-examples-desk.ts). Each maker sets up what its
 * request needs, fresh every time.
 */

export function callExamples({ clientFor }: ExampleContext): Examples {
  async function post(client: Client, method: string, path: string, body: unknown): Promise<Response> {
    return client.request(method.toUpperCase(), path, body)
  }

  async function newCall(): Promise<string> {
    const id = newId()
    const res = await post(clientFor('calls.log'), 'post', '/api/calls', {
      id,
      answeredAt: NOW.toISOString(),
    })
    expect(res.status).toBe(201)
    return id
  }

  const closing = {
    categories: ['items_to_bring'],
    outcome: 'resolved',
    summary: '持ち物の確認',
    endedAt: NOW.toISOString(),
    talkSeconds: 185,
  }

  async function closedCall(
    body: Record<string, unknown>,
  ): Promise<{ call: string; detail: Record<string, unknown> }> {
    const call = await newCall()
    const res = await post(clientFor('calls.log'), 'post', `/api/calls/${call}/close`, {
      ...closing,
      ...body,
    })
    expect(res.status).toBe(200)
    const detail = (await (
      await clientFor('calls.log').request('GET', `/api/calls/${call}`)
    ).json()) as Record<string, unknown>
    return { call, detail }
  }

  const escalating = {
    outcome: 'escalated',
    escalation: { department: '市民課', question: '転入予定者の申請はどこで', urgency: 'normal' },
    contact: { phone: '090-0000-2222', when: '平日午後' },
  }

  /** A valid request for each call log write route, made fresh for every variant (ids are used up). */
  return {
    'post /api/calls': async () => ({
      path: '/api/calls',
      body: { id: newId(), answeredAt: NOW.toISOString(), line: '代表' },
      ok: 201,
    }),
    'post /api/calls/:id/close': async () => ({
      path: `/api/calls/${await newCall()}/close`,
      body: {
        ...closing,
        summary: '予約の相談',
        outcome: 'complaint',
        complaint: { what: '予約が取れない', severity: 'high' },
        contact: { phone: '090-0000-3333', when: '平日午前' },
      },
      ok: 200,
    }),
    'post /api/calls/:id/talk-time': async () => {
      const { call } = await closedCall({})
      return {
        path: `/api/calls/${call}/talk-time`,
        body: { talkSeconds: 100, reason: '計測の誤り' },
        ok: 200,
      }
    },
    'post /api/calls/:id/callback': async () => {
      const { call, detail } = await closedCall(escalating)
      const escalation = (detail as { escalation: { id: string } }).escalation.id
      const answered = await post(
        clientFor('escalation.answer'),
        'post',
        `/api/escalations/${escalation}/answer`,
        {
          answer: '窓口で申請できます',
          expectedVersion: 1,
        },
      )
      expect(answered.status).toBe(200)
      return { path: `/api/calls/${call}/callback`, body: { reached: true, note: '伝達済み' }, ok: 200 }
    },
    'post /api/escalations/:id/answer': async () => {
      const { detail } = await closedCall(escalating)
      const escalation = (detail as { escalation: { id: string } }).escalation.id
      return {
        path: `/api/escalations/${escalation}/answer`,
        body: { answer: '窓口で申請できます', expectedVersion: 1 },
        ok: 200,
      }
    },
    'put /api/departments': async () => ({
      path: '/api/departments',
      body: {
        departments: [
          { name: '市民課', nameEn: 'Citizens Division', overdueDays: 3, active: true },
          { name: '税務課', nameEn: 'Tax Division', overdueDays: 3, active: true },
        ],
      },
      ok: 200,
    }),
    'post /api/complaints/:id/actions': async () => {
      const { detail } = await closedCall({
        outcome: 'complaint',
        complaint: { what: '待ち時間', severity: 'low' },
      })
      const complaint = (detail as { complaint: { id: string; version: number } }).complaint
      return {
        path: `/api/complaints/${complaint.id}/actions`,
        body: { note: '折り返し説明', expectedVersion: complaint.version },
        ok: 200,
      }
    },
    'post /api/telephony/events': async () => ({
      path: '/api/telephony/events',
      body: {
        eventId: `ev-${newId()}`,
        type: 'call.ringing',
        callId: `pbx-${newId()}`,
        line: '1',
        from: '090-1111-2222',
        at: NOW.toISOString(),
      },
      ok: 200,
    }),
  }
}
