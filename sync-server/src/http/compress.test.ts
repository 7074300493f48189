import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { compressJson } from './compress'

// A JSON answer the size of the tablet's reference data, and a small one.
const big = { rows: Array.from({ length: 400 }, (_, i) => ({ id: i, name: `会場${i}`, open: true })) }
const small = { ok: true }

function app() {
  const app = new Hono()
  app.use('/api/*', compressJson)
  app.get('/api/big', (c) => c.json(big))
  app.get('/api/small', (c) => c.json(small))
  app.get('/api/cookie', (c) => {
    c.header('Set-Cookie', 'a=1')
    return c.json(big, 201)
  })
  app.get('/api/auth/session', (c) => c.json({ ...big, csrfToken: 'secret' }))
  app.get('/api/csv', (c) => c.body('a,b\n'.repeat(1000), 200, { 'Content-Type': 'text/csv' }))
  return app
}

describe('compressJson', () => {
  it('sends a large JSON answer in brotli to a browser that accepts it, with Vary', async () => {
    const res = await app().request('/api/big', { headers: { 'accept-encoding': 'gzip, deflate, br' } })
    expect(res.headers.get('content-encoding')).toBe('br')
    expect(res.headers.get('vary')).toContain('Accept-Encoding')
    const body = Buffer.from(await res.arrayBuffer())
    expect(res.headers.get('content-length')).toBe(String(body.length))
    expect(body.length).toBeLessThan(JSON.stringify(big).length / 4)
    expect(JSON.parse(brotliDecompressSync(body).toString())).toEqual(big)
  })

  it('falls back to gzip, and sends it plain when nothing (or br;q=0 alone) is accepted', async () => {
    const gz = await app().request('/api/big', { headers: { 'accept-encoding': 'gzip, br;q=0' } })
    expect(gz.headers.get('content-encoding')).toBe('gzip')
    expect(JSON.parse(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString())).toEqual(big)
    const plain = await app().request('/api/big')
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(plain.headers.get('vary')).toContain('Accept-Encoding')
    expect(await plain.json()).toEqual(big)
  })

  it('keeps the status and the cookie; leaves small JSON and files as they are', async () => {
    const cookie = await app().request('/api/cookie', { headers: { 'accept-encoding': 'br' } })
    expect(cookie.status).toBe(201)
    expect(cookie.headers.get('set-cookie')).toBe('a=1')
    expect(cookie.headers.get('content-type')).toMatch(/^application\/json/)
    expect(cookie.headers.get('content-encoding')).toBe('br')
    const tiny = await app().request('/api/small', { headers: { 'accept-encoding': 'br' } })
    expect(tiny.headers.get('content-encoding')).toBeNull()
    expect(await tiny.json()).toEqual(small)
    const csv = await app().request('/api/csv', { headers: { 'accept-encoding': 'br' } })
    expect(csv.headers.get('content-encoding')).toBeNull()
  })

  it('never compresses a sign-in or session answer, which carries the CSRF token (BREACH)', async () => {
    const session = await app().request('/api/auth/session', { headers: { 'accept-encoding': 'br, gzip' } })
    expect(session.headers.get('content-encoding')).toBeNull()
    expect(((await session.json()) as { csrfToken: string }).csrfToken).toBe('secret')
  })
})
