// One OS process of the soak: a few simulated staff members, each doing one kind of work at a steady
// pace (not as fast as it can: a long day is steady, and a closed loop that speeds up would hide a
// slowing server). Every request's latency and status go to the parent once a second; what the
// server acknowledged goes to it at the end, so the parent can check it is all still there.
import { createHash } from 'node:crypto'
import { newId } from '@madoguchi/shared'
import { mulberry32, pseudoRandomBytes } from '@madoguchi/shared/sync/test-bytes'
import { SOAK_PASSWORD, soakLogin } from './accounts'

export type Work = 'desk' | 'sync' | 'sign-in'
export interface ClientJob {
  url: string
  work: Work
  users: number
  /** Each user starts one action every this many ms (or at once when the last took longer). */
  paceMs: number
  seed: number
  /** Bookable slots in the window, spread over so the slots do not fill up in a long run. */
  slots: { date: string; time: string }[]
  month: string
}
export interface Sample {
  kind: string
  ms: number
  status: number
  /** Why no answer came (status 0), for the report. */
  error?: string
}
export interface Acked {
  bookings: { id: string; status: 'booked' | 'cancelled' }[]
  records: { id: string; version: number }[]
  photos: { id: string; sha256: string }[]
}

let samples: Sample[] = []
const acked: Acked = { bookings: [], records: [], photos: [] }
let stopping = false
/** This process's tablet: device ids are UUIDs. */
const deviceId = newId()

async function call(
  job: ClientJob,
  kind: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: BodyInit } = {},
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const started = performance.now()
  let status = 0 // no answer at all (connection refused or reset)
  let error: string | undefined
  try {
    const res = await fetch(`${job.url}${path}`, init)
    status = res.status
    const text = await res.text()
    return { status, body: text ? JSON.parse(text) : null, headers: res.headers }
  } catch (cause) {
    const reason = (cause as { cause?: { code?: string; message?: string } }).cause
    error = `${(cause as Error).message}${reason ? ` (${reason.code ?? reason.message})` : ''}`
    return { status: 0, body: null, headers: new Headers() }
  } finally {
    samples.push({ kind, ms: performance.now() - started, status, ...(error ? { error } : {}) })
  }
}

async function signIn(job: ClientJob, index: number): Promise<Record<string, string>> {
  const loginId = soakLogin(job.work, job.seed, index)
  const password = SOAK_PASSWORD
  const res = await call(job, 'sign-in', '/api/auth/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ loginId, password }),
  })
  if (res.status !== 200) throw new Error(`sign-in answered ${res.status}`)
  // Every cookie the sign-in set (the session and the known-device cookie), as a browser sends them.
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  const { csrfToken } = res.body as { csrfToken: string }
  return { cookie, 'x-csrf-token': csrfToken }
}

const KANA = ['ヤマダ', 'スズキ', 'サトウ', 'タナカ', 'イトウ', 'ワタナベ']

/** An operator on the phone: find a slot, book, look the caller up, open the booking, sometimes cancel. */
async function deskAction(job: ClientJob, auth: Record<string, string>, random: () => number, n: number) {
  const json = { ...auth, 'content-type': 'application/json' }
  const slot = job.slots[Math.floor(random() * job.slots.length)] as { date: string; time: string }
  const family = KANA[Math.floor(random() * KANA.length)] as string
  const phone = `090${String(Math.floor(random() * 1e8)).padStart(8, '0')}`
  switch (n % 5) {
    case 0: {
      const res = await call(job, 'booking', '/api/bookings', {
        method: 'POST',
        headers: json,
        body: JSON.stringify({
          idempotencyKey: newId(),
          ...slot,
          people: [
            {
              type: 'new_issuance',
              name: `耐久 ${family}`,
              kana: `${family} タロウ`,
              birthDate: '1980-04-01',
              phone,
              proxy: false,
            },
          ],
        }),
      })
      if (res.status === 201) {
        for (const b of (res.body as { bookings: { id: string }[] }).bookings)
          acked.bookings.push({ id: b.id, status: 'booked' })
      }
      return
    }
    case 1:
      await call(job, 'search', `/api/bookings/search?q=${encodeURIComponent(`${family} タロウ`)}`, {
        headers: auth,
      })
      return
    case 2:
      await call(job, 'month', `/api/booking/month?month=${job.month}`, { headers: auth })
      return
    case 3:
      await call(job, 'availability', '/api/booking/availability?type=new_issuance&people=1', {
        headers: auth,
      })
      return
    default: {
      // Open the last booking made here; every third one is cancelled again (slots free up, as in a day).
      const last = acked.bookings.at(-1)
      if (!last) return
      const read = await call(job, 'booking-read', `/api/bookings/${last.id}`, { headers: auth })
      if (read.status !== 200 || n % 3 !== 0 || last.status !== 'booked') return
      const { version } = (read.body as { booking: { version: number } }).booking
      const res = await call(job, 'cancel', `/api/bookings/${last.id}/cancel`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ expectedVersion: version, reason: '耐久試験の取り消し' }),
      })
      if (res.status === 200) last.status = 'cancelled'
    }
  }
}

/** A tablet syncing a visitor: the session, intake and note, then a photo's bytes and its metadata. */
async function syncAction(job: ClientJob, auth: Record<string, string>, random: () => number, n: number) {
  const json = { ...auth, 'content-type': 'application/json' }
  const now = new Date().toISOString()
  const sessionId = newId()
  const intakeId = newId()
  const noteId = newId()
  const photoId = newId()
  const size = 100_000 + Math.floor(random() * 800_000)
  const bytes = pseudoRandomBytes(Math.floor(random() * 2 ** 31), size)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const put = (entity: string, id: string, data: Record<string, unknown>) => ({
    mutationId: newId(),
    deviceId,
    recordId: id,
    version: 1,
    entity,
    data: { id, createdAt: now, updatedAt: now, version: 1, ...data },
  })
  const mutations = [
    put('outreach_session', sessionId, {
      siteId: 'site-demo-mall',
      date: '2026-11-25',
      staffNames: ['耐久 花子'],
    }),
    put('intake', intakeId, {
      sessionId,
      visitorNo: n + 1,
      purpose: 'new_application',
      templateId: 'default',
      templateVersion: 1,
      checks: { id_a: 'ok' },
      applicationFormId: null,
      legalRepresentative: false,
      memo: `来場者${n + 1}: 書類を確認した。`,
    }),
    put('consultation_note', noteId, {
      sessionId,
      intakeId,
      category: 'how_to_apply',
      text: '申請方法を説明した。',
      followUp: false,
    }),
  ]
  const pushed = await call(job, 'push', '/api/sync/push', {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ deviceId, mutations }),
  })
  if (pushed.status === 200) {
    const results = (pushed.body as { results: { mutationId: string; status: string }[] }).results
    for (const [i, r] of results.entries()) {
      const m = mutations[i]
      if (m && (r.status === 'applied' || r.status === 'duplicate'))
        acked.records.push({ id: m.recordId, version: 1 })
    }
  }
  const chunk = await call(
    job,
    'photo-chunk',
    `/api/sync/photos/${photoId}/chunks?offset=0&bytes=${size}&sha256=${sha256}&device=${deviceId}`,
    {
      method: 'PUT',
      headers: { ...auth, 'content-type': 'application/octet-stream' },
      body: Buffer.from(bytes),
    },
  )
  if (chunk.status !== 200 || (chunk.body as { state: string }).state !== 'stored') return
  const photo = put('photo', photoId, {
    sessionId,
    intakeId,
    sha256,
    bytes: size,
    width: 1200,
    height: 1543,
    takenAt: now,
  })
  delete (photo.data as { createdAt?: string }).createdAt
  delete (photo.data as { updatedAt?: string }).updatedAt
  const meta = await call(job, 'push', '/api/sync/push', {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ deviceId, mutations: [photo] }),
  })
  const result = (meta.body as { results?: { status: string }[] } | null)?.results?.[0]
  if (meta.status === 200 && (result?.status === 'applied' || result?.status === 'duplicate'))
    acked.photos.push({ id: photoId, sha256 })
}

/** Staff signing in and out through the day, each time checking the session. */
async function signInAction(job: ClientJob, index: number) {
  const auth = await signIn(job, index).catch(() => null)
  if (!auth) return
  await call(job, 'session', '/api/auth/session', { headers: auth })
  await call(job, 'sign-out', '/api/auth/sign-out', { method: 'POST', headers: auth })
}

async function user(job: ClientJob, index: number) {
  const random = mulberry32(job.seed * 31 + index)
  const auth = job.work === 'sign-in' ? {} : await signIn(job, index)
  for (let n = 0; !stopping; n++) {
    const started = performance.now()
    if (job.work === 'desk') await deskAction(job, auth, random, n)
    else if (job.work === 'sync') await syncAction(job, auth, random, n)
    else await signInAction(job, index)
    const wait = job.paceMs - (performance.now() - started)
    if (wait > 0) await new Promise((r) => setTimeout(r, wait))
  }
}

process.on('message', async (message: { type: 'start'; job: ClientJob } | { type: 'stop' }) => {
  if (message.type === 'stop') {
    stopping = true
    return
  }
  const { job } = message
  const flush = setInterval(() => {
    process.send?.({ type: 'samples', samples })
    samples = []
  }, 1000)
  const users = Array.from({ length: job.users }, (_, i) => user(job, i))
  const outcomes = await Promise.allSettled(users)
  clearInterval(flush)
  const failed = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult | undefined
  process.send?.({ type: 'samples', samples })
  process.send?.({ type: 'done', acked, error: failed ? String(failed.reason) : null }, () => process.exit(0))
})
process.send?.({ type: 'ready' })
