import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Hono } from 'hono'
import type { AppEnv } from '../http/env'

// The service worker and the shell must be revalidated on every load, or a fixed bug could stay on a
// tablet for days; hashed assets never change under their name and can be cached for good.
const NO_CACHE = /^\/(sw\.js|workbox-[\w-]+\.js|index\.html|manifest\.webmanifest|registerSW\.js)?$/

// The app has no inline scripts; photos and camera frames are blob: and data: URLs.
const CSP =
  "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'self'; frame-ancestors 'none'"

export function servePwa(app: Hono<AppEnv>, dist: string): void {
  app.use('*', async (c, next) => {
    await next()
    if (c.req.path.startsWith('/api/')) return
    c.header('Content-Security-Policy', CSP)
    c.header('Permissions-Policy', 'camera=(self), microphone=(), geolocation=()')
    c.header('X-Content-Type-Options', 'nosniff')
    if (NO_CACHE.test(c.req.path)) c.header('Cache-Control', 'no-cache')
    else if (c.req.path.startsWith('/assets/'))
      c.header('Cache-Control', 'public, max-age=31536000, immutable')
  })
  // The build writes .br and .gz beside each text asset (pwa/build/precompress.ts); serveStatic picks
  // the best one the browser accepts and adds `Vary: Accept-Encoding`.
  app.use('*', serveStatic({ root: dist, precompressed: true }))
  // Client-side routes (/desk, /outreach/...) all load the shell.
  app.get('*', async (c) => {
    const index = join(dist, 'index.html')
    if (!existsSync(index)) return c.text('The PWA is not built: run `npm run build`.', 503)
    c.header('Cache-Control', 'no-cache')
    return c.html(await readFile(index, 'utf8'))
  })
}
