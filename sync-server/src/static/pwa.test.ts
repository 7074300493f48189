import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import type { AppEnv } from '../http/env'
import { servePwa } from './pwa'

// A dist folder as the build leaves it: an asset with its precompressed copies beside it.
function builtDist() {
  const dist = mkdtempSync(join(tmpdir(), 'madoguchi-dist-'))
  mkdirSync(join(dist, 'assets'))
  const js = `export const greeting = ${JSON.stringify('こんにちは'.repeat(400))}\n`
  writeFileSync(join(dist, 'assets/app-abc123.js'), js)
  writeFileSync(join(dist, 'assets/app-abc123.js.br'), brotliCompressSync(js))
  writeFileSync(join(dist, 'assets/app-abc123.js.gz'), gzipSync(js))
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>madoguchi</title>')
  const app = new Hono<AppEnv>()
  servePwa(app, dist)
  return { app, js }
}

describe('serving the built PWA', () => {
  it('sends the brotli copy to a browser that accepts it, with Vary and the long cache', async () => {
    const { app, js } = builtDist()
    const res = await app.request('/assets/app-abc123.js', { headers: { 'accept-encoding': 'gzip, br' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-encoding')).toBe('br')
    expect(res.headers.get('vary')).toContain('Accept-Encoding')
    expect(res.headers.get('content-type')).toContain('javascript')
    expect(res.headers.get('cache-control')).toContain('immutable')
    const body = Buffer.from(await res.arrayBuffer())
    expect(body.length).toBeLessThan(Buffer.byteLength(js) / 3)
    expect(brotliDecompressSync(body).toString()).toBe(js)
  })

  it('falls back to gzip, then to the plain file', async () => {
    const { app, js } = builtDist()
    const gz = await app.request('/assets/app-abc123.js', { headers: { 'accept-encoding': 'gzip' } })
    expect(gz.headers.get('content-encoding')).toBe('gzip')
    const plain = await app.request('/assets/app-abc123.js')
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(await plain.text()).toBe(js)
  })
})
