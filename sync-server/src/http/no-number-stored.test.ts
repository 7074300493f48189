import { existsSync, readFileSync } from 'node:fs'
import { can, newId, ROLES } from '@madoguchi/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tokenSha256 } from '../auth/telephony-token'
import { createBody, NOW, person } from '../testing/booking'
import { type Client, quickClient, startTestServer, type TestServer } from '../testing/harness'
import { DISGUISES, NUMBER, writeRoutes } from '../testing/schema-walk'
import { intakeMutation, noteMutation, sessionMutation, TEST_DEVICE } from '../testing/sync'

// Issue #11, end to end: every write route of the route table is sent a valid request, then the same
// request once for each string in it (values and keys) with that string replaced by a disguised
// individual number. Afterwards neither the database file nor its WAL holds the digits, in ASCII
// or as they were sent. A write route with a body and no example here fails the test, so a new
// route cannot skip it.

const TOKEN = 'no-number-telephony-token-abcdefghijklmnop'
let server: TestServer
const clients = new Map<string, Client>()
beforeAll(async () => {
  server = await startTestServer({ telephony: [{ provider: 'pbx', tokenSha256: tokenSha256(TOKEN) }] })
  server.setNow(NOW)
})
afterAll(() => server.close())

const clientFor = (permission: string): Client => {
  const role = ROLES.find((r) => can(r, permission as never)) ?? 'admin'
  let client = clients.get(role)
  if (!client) {
    client = quickClient(server, role)
    clients.set(role, client)
  }
  return client
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
interface Example {
  path: string
  body: Json
  /** Status of the untouched request. */
  ok: number
}

let slot = 0
const SLOTS = ['2026-12-03', '2026-12-04', '2026-12-07', '2026-12-08', '2026-12-09'].flatMap((date) =>
  ['09:30', '10:00', '10:30', '11:00', '13:30', '14:00', '14:30', '15:00'].map((time) => ({ date, time })),
)
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
  const res = await post(clientFor('calls.log'), 'post', '/api/calls', { id, answeredAt: NOW.toISOString() })
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
  const res = await post(clientFor('calls.log'), 'post', `/api/calls/${call}/close`, { ...closing, ...body })
  expect(res.status).toBe(200)
  const detail = (await (await clientFor('calls.log').request('GET', `/api/calls/${call}`)).json()) as Record<
    string,
    unknown
  >
  return { call, detail }
}

const escalating = {
  outcome: 'escalated',
  escalation: { department: '市民課', question: '転入予定者の申請はどこで', urgency: 'normal' },
  contact: { phone: '090-0000-2222', when: '平日午後' },
}

/**
 * Routes of the features that landed last (status, FAQ, reports, device inventory, staff) whose example requests are still to
 * be written: their schemas pass the guard field by field (no-number.test.ts), but this end-to-end
 * search of the file does not cover them yet. The list may only shrink: a new route without an
 * example fails above.
 */
const AWAITING_EXAMPLES = [
  'put /api/reports/proposals',
  'post /api/reports/cdr/preview',
  'post /api/reports/cdr/import',
  'post /api/reports/:month/finalise',
  'put /api/reports/:month/remarks',
  'post /api/status/lookup',
  'put /api/status/labels',
  'put /api/status/sources/:name',
  'post /api/faq/entries',
  'put /api/faq/entries/:id',
  'post /api/faq/entries/:id/submit',
  'post /api/faq/entries/:id/return',
  'post /api/faq/entries/:id/publish',
  'post /api/faq/entries/:id/retire',
  'put /api/faq/synonyms',
  'post /api/faq/feedback',
  'post /api/devices/inventory',
  'post /api/staff',
  'post /api/staff/:id/active',
  'post /api/staff/:id/role',
]

/** A valid request for each write route, made fresh for every variant (ids are used up). */
const EXAMPLES: Record<string, () => Promise<Example>> = {
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
    const { version } = (await (
      await clientFor('calendar.edit').request('GET', '/api/booking/calendar')
    ).json()) as {
      version: number
    }
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
  'post /api/sync/push': async () => {
    const session = sessionMutation()
    const intake = intakeMutation(session.recordId, { memo: '書類を確認した' })
    const note = noteMutation(session.recordId, intake.recordId, { text: '申請方法を説明した' })
    return {
      path: '/api/sync/push',
      body: { deviceId: TEST_DEVICE, mutations: [session, intake, note] } as unknown as Json,
      ok: 200,
    }
  },
  'post /api/sync/audit': async () => ({
    path: '/api/sync/audit',
    body: {
      deviceId: TEST_DEVICE,
      entries: [
        {
          id: newId(),
          at: new Date(NOW.getTime() - 60_000).toISOString(),
          action: 'intake.read',
          recordId: newId(),
          sessionId: newId(),
        },
      ],
    },
    ok: 200,
  }),
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
    return { path: `/api/calls/${call}/talk-time`, body: { talkSeconds: 100, reason: '計測の誤り' }, ok: 200 }
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

/** Every string of a JSON value (values and object keys), as a path and a way to replace it. */
function* strings(
  value: Json,
  path = '',
): Generator<{ path: string; replace: (root: Json, text: string) => Json }> {
  if (typeof value === 'string') {
    yield { path, replace: (_root, text) => text }
    return
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      for (const inner of strings(item, `${path}[${i}]`)) {
        yield {
          path: inner.path,
          replace: (root, text) =>
            (root as Json[]).map((x, j) => (j === i ? inner.replace(x, text) : x)) as Json,
        }
      }
    }
    return
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      yield {
        path: `${path}.{${key}}`,
        replace: (root, text) =>
          Object.fromEntries(Object.entries(root as object).map(([k, v]) => [k === key ? text : k, v])),
      }
      for (const inner of strings(item, `${path}.${key}`)) {
        yield {
          path: inner.path,
          replace: (root, text) => ({
            ...(root as object),
            [key]: inner.replace((root as Record<string, Json>)[key] as Json, text),
          }),
        }
      }
    }
  }
}

const send = async (route: { method: string; permission: string }, example: Example, body: Json) => {
  if (route.permission === 'telephony') {
    return server.app.request(example.path, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
  }
  if (route.permission === 'public') {
    return server.app.request(example.path, {
      method: route.method.toUpperCase(),
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
  }
  return post(clientFor(route.permission), route.method, example.path, body)
}

describe('no individual number reaches the database file, through any field of any write route', () => {
  it('every write route with a body has an example here', async () => {
    const missing = writeRoutes(server.features)
      .filter((r) => r.route.body && !r.route.rawBody && !EXAMPLES[r.name])
      .map((r) => r.name)
    expect(missing.sort()).toEqual([...AWAITING_EXAMPLES].sort())
  })

  it('sends each string of each example as a disguised number, and the file and its WAL hold no digits', async () => {
    const tried: string[] = []
    for (const [index, { route, name }] of writeRoutes(server.features).entries()) {
      const make = EXAMPLES[name]
      if (!make) continue
      const example = await make()
      const res = await send(route, example, example.body)
      expect(`${name} ${res.status}`).toBe(`${name} ${example.ok}`)
      for (const [i, field] of [...strings(example.body)].entries()) {
        // Each field gets a different disguise (and every disguise is used), rotating per route.
        const disguise = DISGUISES[(i + index) % DISGUISES.length] as (typeof DISGUISES)[number]
        const fresh = await make()
        const target = [...strings(fresh.body)].find((s) => s.path === field.path)
        if (!target) continue
        const answer = await send(route, fresh, target.replace(fresh.body, disguise.text))
        expect(answer.status, `${name} ${field.path} (${disguise.name})`).toBeLessThan(500)
        tried.push(`${name} ${field.path}`)
      }
    }
    expect(tried.length).toBeGreaterThan(100)
    const file = server.db.name
    const bytes = Buffer.concat([file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f)))
    const found = [NUMBER, ...DISGUISES.map((d) => d.text)].filter((text) =>
      bytes.includes(Buffer.from(text)),
    )
    expect(found).toEqual([])
    // The search sees what the examples stored, WAL included: it would see a number that got through.
    for (const text of ['試験 花子', '書類を確認した', '申請方法を説明した', '予約の相談', '折り返し説明'])
      expect(bytes.includes(Buffer.from(text)), text).toBe(true)
    // Every string of every example route, each sent disguised: hundreds of requests, a minute or
    // more while the other unit tests share the two cores.
  }, 180_000)
})
