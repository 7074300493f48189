import { newId } from '@madoguchi/shared'
import { expect } from 'vitest'
import { createBody, NOW, person } from './booking'
import type { Client } from './harness'
import { correctionMutation, intakeMutation, noteMutation, sessionMutation, TEST_DEVICE } from './sync'
import type { ExampleContext, Examples, Json } from './write-examples-office'

/**
 * Example requests for the desk's and the tablets' write routes (booking, calls, sync, telephony),
 * for the end-to-end file search of issue #11 (http/no-number-stored.test.ts); the office's are in
 * write-examples-office.ts. Each maker sets up what its request needs, fresh every time.
 */

// Open weekdays an emergency closure may close, each once: none holds a slot the other examples book.
const CLOSURE_DAYS = [
  '04',
  '05',
  '06',
  '07',
  '08',
  '12',
  '13',
  '14',
  '15',
  '18',
  '19',
  '21',
  '22',
  '25',
  '26',
  '27',
  '28',
  '29',
].map((d) => `2027-01-${d}`)
let closureDay = 0

export function deskExamples({ clientFor }: ExampleContext): Examples {
  let slot = 0
  const SLOTS = ['2026-12-03', '2026-12-04', '2026-12-07', '2026-12-08', '2026-12-09'].flatMap((date) =>
    ['09:30', '10:00', '10:30', '11:00', '13:30', '14:00', '14:30', '15:00'].map((time) => ({ date, time })),
  )
  const nextSlot = () => SLOTS[slot++ % SLOTS.length] as { date: string; time: string }

  async function post(client: Client, method: string, path: string, body: unknown): Promise<Response> {
    return client.request(method.toUpperCase(), path, body)
  }

  async function newBooking(): Promise<{ id: string; version: number }> {
    const res = await post(clientFor('booking.write'), 'post', '/api/bookings', createBody(nextSlot()))
    expect(res.status).toBe(201)
    const { bookings } = (await res.json()) as { bookings: { id: string; version: number }[] }
    return bookings[0] as { id: string; version: number }
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

  /** A valid request for each write route, made fresh for every variant (ids are used up). */
  return {
    'post /api/auth/sign-in': async () => ({
      path: '/api/auth/sign-in',
      body: { loginId: 'nobody-here', password: 'not-the-password' },
      ok: 401,
    }),
    'post /api/bookings': async () => ({
      path: '/api/bookings',
      body: createBody({ ...nextSlot(), people: [person({ name: '試験 花子', kana: 'シケン ハナコ' })] }),
      ok: 201,
    }),
    'post /api/bookings/:id/move': async () => {
      const b = await newBooking()
      return {
        path: `/api/bookings/${b.id}/move`,
        body: { ...nextSlot(), expectedVersion: b.version },
        ok: 200,
      }
    },
    'post /api/bookings/:id/cancel': async () => {
      const b = await newBooking()
      return {
        path: `/api/bookings/${b.id}/cancel`,
        body: { expectedVersion: b.version, reason: '都合が悪い' },
        ok: 200,
      }
    },
    'post /api/bookings/:id/attended': async () => {
      const b = await newBooking()
      return {
        path: `/api/bookings/${b.id}/attended`,
        body: { expectedVersion: b.version, reason: '来庁' },
        ok: 409,
      }
    },
    'post /api/bookings/:id/no-show': async () => {
      const b = await newBooking()
      return {
        path: `/api/bookings/${b.id}/no-show`,
        body: { expectedVersion: b.version, reason: '来庁なし' },
        ok: 409,
      }
    },
    'put /api/booking/types/:code': async () => ({
      path: '/api/booking/types/other',
      body: { slots: 2, itemsToBring: [{ ja: '交付通知書', en: 'The postcard' }] },
      ok: 200,
    }),
    'post /api/booking/holds': async () => ({
      path: '/api/booking/holds',
      body: { type: 'other', ...nextSlot(), replaces: newId() },
      ok: 201,
    }),
    'put /api/booking/calendar': async () => {
      const res = await clientFor('calendar.edit').request('GET', '/api/booking/calendar')
      const doc = (await res.json()) as {
        version: number
        calendar: { exceptions: Json[] } & Record<string, Json>
      }
      const exceptions = [{ date: '2027-01-20', open: false, note: '庁舎点検' }]
      return {
        path: '/api/booking/calendar',
        body: { expectedVersion: doc.version, calendar: { ...doc.calendar, exceptions } },
        ok: 200,
      }
    },
    'post /api/sync/push': async () => {
      const session = sessionMutation()
      const intake = intakeMutation(session.recordId, { memo: '書類を確認した' })
      const note = noteMutation(session.recordId, intake.recordId, { text: '申請方法を説明した' })
      const correction = correctionMutation(session.recordId, intake.recordId, { text: '確認欄の訂正' })
      return {
        path: '/api/sync/push',
        body: { deviceId: TEST_DEVICE, mutations: [session, intake, note, correction] } as unknown as Json,
        ok: 200,
      }
    },
    'post /api/booking/closures': async () => {
      const res = await clientFor('calendar.edit').request('GET', '/api/booking/calendar')
      const { version } = (await res.json()) as { version: number }
      return {
        path: '/api/booking/closures',
        body: {
          date: CLOSURE_DAYS[closureDay++ % CLOSURE_DAYS.length] as string,
          reason: 'snow',
          note: '大雪のため',
          expectedVersion: version,
        },
        ok: 201,
      }
    },
    'post /api/booking/closures/:id/callbacks/:bookingId': async () => {
      const date = CLOSURE_DAYS[closureDay++ % CLOSURE_DAYS.length] as string
      const booked = await post(
        clientFor('booking.write'),
        'post',
        '/api/bookings',
        createBody({ date, time: '10:00' }),
      )
      expect(booked.status).toBe(201)
      const calendar = await clientFor('calendar.edit').request('GET', '/api/booking/calendar')
      const { version } = (await calendar.json()) as { version: number }
      const closed = await post(clientFor('calendar.edit'), 'post', '/api/booking/closures', {
        date,
        reason: 'system',
        expectedVersion: version,
      })
      const closure = (await closed.json()) as { id: string; callbacks: { id: string }[] }
      return {
        path: `/api/booking/closures/${closure.id}/callbacks/${closure.callbacks[0]?.id}`,
        body: { outcome: 'reached' },
        ok: 200,
      }
    },
    'post /api/outreach-review/corrections/:id/resolve': async () => {
      const session = sessionMutation()
      const intake = intakeMutation(session.recordId)
      const correction = correctionMutation(session.recordId, intake.recordId)
      const pushed = await post(clientFor('sync.device'), 'post', '/api/sync/push', {
        deviceId: TEST_DEVICE,
        mutations: [session, intake, correction],
      })
      if (pushed.status !== 200) throw new Error(`set-up push answered ${pushed.status}`)
      return {
        path: `/api/outreach-review/corrections/${correction.recordId}/resolve`,
        body: { status: 'applied', resolution: '申請書の確認欄を訂正した' },
        ok: 200,
      }
    },
    'post /api/sync/audit': async () => {
      // The read names a record the device holds unsent (its inventory says so), so it is written.
      const [recordId, sessionId] = [newId(), newId()]
      const listed = await post(clientFor('sync.device'), 'post', '/api/devices/inventory', {
        deviceId: TEST_DEVICE,
        at: NOW.toISOString(),
        unsent: { records: 1, photos: 0 },
        items: [{ entity: 'intake', id: recordId, sessionId, photo: false }],
      })
      expect(listed.status).toBe(200)
      return {
        path: '/api/sync/audit',
        body: {
          deviceId: TEST_DEVICE,
          entries: [
            {
              id: newId(),
              at: new Date(NOW.getTime() - 60_000).toISOString(),
              action: 'intake.read',
              recordId,
              sessionId,
            },
          ],
        },
        ok: 200,
      }
    },
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
