import { mkdirSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../app'
import { loadMigrations } from '../db/migrate'
import { startTestServer, type TestServer } from '../testing/harness'

// Over a real socket on 127.0.0.1: cookies, headers and static serving as a browser sees them.
let server: TestServer
let base: string
let close: () => void

beforeAll(async () => {
  server = await startTestServer()
  const dist = join(server.dir, 'dist')
  mkdirSync(join(dist, 'assets'), { recursive: true })
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>madoguchi</title>')
  writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {})')
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)')
  const { app } = createApp(server.deps, { pwaDist: dist })
  const http = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 })
  await new Promise((resolve) => http.once('listening', resolve))
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`
  close = () => http.close()
})
afterAll(() => {
  close()
  server.close()
})

describe('over HTTP', () => {
  it('answers health', async () => {
    const res = await fetch(`${base}/api/health`)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'ok', schemaVersion: loadMigrations().at(-1)?.version })
  })

  it('signs in, keeps the session by cookie and signs out', async () => {
    const signIn = await fetch(`${base}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ loginId: 'outreach', password: 'demo-outreach' }),
    })
    expect(signIn.status).toBe(200)
    const cookie = signIn.headers.getSetCookie()[0]?.split(';')[0] ?? ''
    const { csrfToken } = (await signIn.json()) as { csrfToken: string }
    const session = await fetch(`${base}/api/auth/session`, { headers: { cookie } })
    expect(await session.json()).toMatchObject({ user: { role: 'outreach' } })
    const out = await fetch(`${base}/api/auth/sign-out`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    })
    expect(out.status).toBe(204)
    expect((await fetch(`${base}/api/auth/session`, { headers: { cookie } })).status).toBe(401)
  })

  it('serves the service worker and the shell uncached, hashed assets immutable', async () => {
    const sw = await fetch(`${base}/sw.js`)
    expect(sw.status).toBe(200)
    expect(sw.headers.get('cache-control')).toBe('no-cache')
    const asset = await fetch(`${base}/assets/index-abc123.js`)
    expect(asset.headers.get('cache-control')).toContain('immutable')
    const deepLink = await fetch(`${base}/outreach/sessions`)
    expect(deepLink.status).toBe(200)
    expect(deepLink.headers.get('cache-control')).toBe('no-cache')
    expect(await deepLink.text()).toContain('<title>madoguchi</title>')
  })

  it('gives unknown API paths a JSON 404, not the shell', async () => {
    const res = await fetch(`${base}/api/nothing-here`)
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } })
  })
})
