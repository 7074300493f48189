import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listAudit } from '../testing/audit'
import { jsonRequest, startTestServer, type TestServer } from '../testing/harness'

// #11.4: growing waits per login ID instead of a hard lock; a known device is not held back by
// someone else's failures; the answer says until when; blocked attempts are counted, not rowed.
let server: TestServer
let now: number
beforeEach(async () => {
  server = await startTestServer()
  now = Date.parse('2026-12-01T01:00:00Z') // 10:00 in Tokyo
  server.setNow(new Date(now))
})
afterEach(() => server.close())

const at = (ms: number) => server.setNow(new Date(now + ms))
const signIn = (password: string, headers: Record<string, string> = {}, loginId = 'city') =>
  server.app.request('/api/auth/sign-in', jsonRequest({ loginId, password }, headers))
const cookieOf = (res: Response, name: string) =>
  res.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${name}=`))
    ?.split(';')[0] ?? ''

async function failFiveTimes() {
  for (let i = 0; i < 5; i++) expect((await signIn(`guess-${i}`)).status).toBe(401)
}

describe('sign-in throttle', () => {
  it('makes the sixth try wait 5 s, then 10 s, 20 s …, and says so with Retry-After and the time', async () => {
    await failFiveTimes() // the fifth failure starts the first wait
    const blocked = await signIn('demo-city')
    expect(blocked.status).toBe(429)
    expect(blocked.headers.get('retry-after')).toBe('5')
    const body = (await blocked.json()) as { error: { message: string; details: { retryAt: string } } }
    expect(body.error.details.retryAt).toBe(new Date(now + 5000).toISOString())
    expect(body.error.message).toBe(
      'サインインの失敗が続いたため、しばらくお待ちください。10:01 以降（あと約5秒）にもう一度お試しください。',
    )
    const en = await signIn('demo-city', { 'accept-language': 'en' })
    expect(((await en.json()) as { error: { message: string } }).error.message).toBe(
      'Too many failed sign-ins. Please try again after 10:01 (in about 5 seconds).',
    )
    at(5000)
    expect((await signIn('guess-6')).status).toBe(401)
    expect((await signIn('demo-city')).headers.get('retry-after')).toBe('10') // the wait doubled
    at(5000 + 10_000)
    expect((await signIn('demo-city')).status).toBe(200) // the real user, once the wait is over
  })

  it('lets the right password through from a device that signed in before, whatever others tried', async () => {
    const first = await signIn('demo-city')
    const device = cookieOf(first, 'madoguchi_device')
    expect(device).toMatch(/^madoguchi_device=[\w-]{40,}$/)
    expect(first.headers.getSetCookie().find((c) => c.startsWith('madoguchi_device'))).toContain('HttpOnly')
    // Someone else guesses at the ID: the ID is throttled for everyone without the device cookie…
    for (let i = 0; i < 12; i++) await signIn(`guess-${i}`)
    expect((await signIn('demo-city')).status).toBe(429)
    // …but the owner's browser, with its device cookie, gets in with the right password.
    const owner = await signIn('demo-city', { cookie: device })
    expect(owner.status).toBe(200)
    const [row] = listAudit(server.db).filter((r) => r.action === 'sign_in')
    expect(JSON.parse(row?.detail ?? '{}')).toMatchObject({ knownDevice: true })
    // A device cookie does not make guessing free: it has its own count.
    for (let i = 0; i < 5; i++) expect((await signIn(`typo-${i}`, { cookie: device })).status).toBe(401)
    expect((await signIn('demo-city', { cookie: device })).status).toBe(429)
  })

  it('does not take a device cookie known for one staff member as known for another', async () => {
    const device = cookieOf(await signIn('demo-operator', {}, 'operator'), 'madoguchi_device')
    for (let i = 0; i < 6; i++) await signIn(`guess-${i}`)
    expect((await signIn('demo-city', { cookie: device })).status).toBe(429)
  })

  it('counts blocked attempts per window in one audit row, not a row each', async () => {
    await failFiveTimes()
    for (let i = 0; i < 300; i++) expect((await signIn('x')).status).toBe(429)
    const blockedRows = () =>
      listAudit(server.db, { limit: 1000 }).filter((r) => r.action === 'sign_in_blocked')
    expect(blockedRows()).toHaveLength(0) // the window is still open
    at(5 * 60_000) // the window is over; the next sign-in (anyone's) writes its count
    await signIn('demo-operator', {}, 'operator')
    const rows = blockedRows()
    expect(rows).toHaveLength(1)
    expect(JSON.parse(rows[0]?.detail ?? '{}')).toMatchObject({ loginId: 'city', count: 300 })
  })
})

describe('sessions', () => {
  it('ends the earlier session when the same staff member signs in again', async () => {
    const first = cookieOf(await signIn('demo-city'), 'madoguchi_session')
    const session = () => server.app.request('/api/auth/session', { headers: { cookie: first } })
    expect((await session()).status).toBe(200)
    expect((await signIn('demo-city')).status).toBe(200)
    expect((await session()).status).toBe(401)
    const [row] = listAudit(server.db).filter((r) => r.action === 'sign_in')
    expect(JSON.parse(row?.detail ?? '{}')).toMatchObject({ endedSessions: 1 })
  })
})

describe('cookies', () => {
  const setCookies = (res: Response) => res.headers.getSetCookie()
  it('are Secure when the request arrived over HTTPS, and not on plain http', async () => {
    const https = await server.app.request(
      'https://madoguchi.example/api/auth/sign-in',
      jsonRequest({ loginId: 'city', password: 'demo-city' }),
    )
    expect(https.status).toBe(200)
    expect(setCookies(https)).toHaveLength(2)
    for (const c of setCookies(https)) expect(c).toContain('Secure')
    const http = await signIn('demo-city')
    for (const c of setCookies(http)) expect(c).not.toContain('Secure')
  })

  it('ignore X-Forwarded-Proto from a client that is not a trusted proxy', async () => {
    const res = await signIn('demo-city', { 'x-forwarded-proto': 'https' })
    for (const c of setCookies(res)) expect(c).not.toContain('Secure')
  })
})
