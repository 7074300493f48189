import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listAudit } from '../testing/audit'
import { jsonRequest, signedInClient, startTestServer, type TestServer } from '../testing/harness'

let server: TestServer
beforeEach(async () => {
  server = await startTestServer()
})
afterEach(() => server.close())

const signIn = (body: unknown, headers?: Record<string, string>) =>
  server.app.request('/api/auth/sign-in', jsonRequest(body, headers))

describe('sign-in', () => {
  it('sets an HttpOnly SameSite=Strict cookie and returns the user and a CSRF token', async () => {
    const res = await signIn({ loginId: 'operator', password: 'demo-operator' })
    expect(res.status).toBe(200)
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^madoguchi_session=[\w-]{40,};/)
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Strict')
    const body = (await res.json()) as { user: { role: string; displayName: string }; csrfToken: string }
    expect(body.user.role).toBe('operator')
    expect(body.csrfToken.length).toBeGreaterThan(20)
  })

  it('refuses a wrong password with 401 and records the failure', async () => {
    const res = await signIn({ loginId: 'operator', password: 'wrong' })
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_credentials' } })
    expect(listAudit(server.db).map((r) => r.action)).toContain('sign_in_failed')
  })

  it('answers an unknown login ID exactly like a wrong password', async () => {
    const res = await signIn({ loginId: 'nobody', password: 'x' })
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_credentials' } })
  })

  it('gives field-level messages in Japanese by default and English on request', async () => {
    const ja = await signIn({ loginId: '', password: '' })
    expect(ja.status).toBe(422)
    const jaBody = (await ja.json()) as {
      error: { fields: Record<string, { code: string; message: string }[]> }
    }
    expect(jaBody.error.fields.loginId?.[0]).toEqual({ code: 'required', message: '入力してください。' })
    expect(jaBody.error.fields.password?.[0]?.code).toBe('required')

    const en = await signIn({ loginId: 'a b' }, { 'accept-language': 'en-US,en;q=0.9' })
    const enBody = (await en.json()) as {
      error: { message: string; fields: Record<string, { message: string }[]> }
    }
    expect(enBody.error.message).toMatch(/not valid/)
    expect(enBody.error.fields.loginId?.[0]?.message).toBe('Wrong format.')
    expect(enBody.error.fields.password?.[0]?.message).toBe('Wrong kind of value.')
  })

  it('rejects malformed JSON with 400, a non-JSON body with 415, an oversized body with 413', async () => {
    expect((await signIn('{"loginId":')).status).toBe(400)
    const form = await server.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'loginId=a',
    })
    expect(form.status).toBe(415)
    const huge = await signIn({ loginId: 'operator', password: 'x'.repeat(2 * 1024 * 1024) })
    expect(huge.status).toBe(413)
    expect(await huge.json()).toMatchObject({ error: { code: 'payload_too_large' } })
  })

  it('blocks a login ID after repeated failures with 429, even with the right password', async () => {
    for (let i = 0; i < 5; i++) await signIn({ loginId: 'city', password: `guess-${i}` })
    const blocked = await signIn({ loginId: 'city', password: 'demo-city' })
    expect(blocked.status).toBe(429)
    // Other staff are not locked out by someone guessing at one ID.
    expect((await signIn({ loginId: 'operator', password: 'demo-operator' })).status).toBe(200)
    // The window passes and the right password works again.
    server.setNow(new Date(Date.now() + 16 * 60 * 1000))
    expect((await signIn({ loginId: 'city', password: 'demo-city' })).status).toBe(200)
  })
})

describe('session', () => {
  it('reads the session back and ends it on sign-out', async () => {
    const client = await signedInClient(server, 'outreach')
    const session = await client.request('GET', '/api/auth/session')
    expect(session.status).toBe(200)
    expect(await session.json()).toMatchObject({ user: { loginId: 'outreach', role: 'outreach' } })

    const out = await client.request('POST', '/api/auth/sign-out')
    expect(out.status).toBe(204)
    expect((await client.request('GET', '/api/auth/session')).status).toBe(401)
    expect(listAudit(server.db).map((r) => r.action)).toEqual(expect.arrayContaining(['sign_in', 'sign_out']))
  })

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const client = await signedInClient(server, 'operator')
    const res = await client.request('POST', '/api/auth/sign-out', undefined, { 'x-csrf-token': 'forged' })
    expect(res.status).toBe(403)
    expect(await res.json()).toMatchObject({ error: { code: 'csrf_failed' } })
    expect((await client.request('GET', '/api/auth/session')).status).toBe(200)
  })

  it('sees a session ended elsewhere (another server process on the same file) within seconds', async () => {
    const client = await signedInClient(server, 'operator')
    const start = Date.now()
    server.setNow(new Date(start))
    expect((await client.request('GET', '/api/auth/session')).status).toBe(200)
    // Another process signs the session out: this one's recent read stands for a few seconds at most.
    server.db.prepare('DELETE FROM staff_sessions').run()
    server.setNow(new Date(start + 5000))
    expect((await client.request('GET', '/api/auth/session')).status).toBe(401)
  })

  it('expires after the configured hours', async () => {
    const client = await signedInClient(server, 'supervisor')
    server.setNow(new Date(Date.now() + 13 * 3600_000))
    const res = await client.request('GET', '/api/auth/session')
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ error: { code: 'unauthenticated' } })
  })
})

describe('logs', () => {
  it('never contain the password, the cookie token or the request body', async () => {
    const client = await signedInClient(server, 'operator')
    await signIn({ loginId: 'operator', password: 'secret-guess-7731' })
    await client.request('GET', '/api/auth/session?phone=09012345678')
    const logs = server.logLines.join('\n')
    expect(server.logLines.length).toBeGreaterThan(2)
    expect(logs).not.toContain('secret-guess-7731')
    expect(logs).not.toContain('demo-operator')
    expect(logs).not.toContain('09012345678')
    expect(logs).not.toContain(client.cookie.split('=')[1])
    expect(logs).toContain('"route":"/api/auth/session"')
  })
})
