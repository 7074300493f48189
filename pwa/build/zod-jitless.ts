import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'

/**
 * Loads build/zod-jitless.js before the app's modules without blocking the first paint: a `defer`
 * classic script at the top of <head>, which runs before the entry module (both wait for the parse,
 * then run in document order). In the build it is an asset with its content hash in the name, so it
 * is cached for good like the rest of /assets/ (it used to be public/zod-jitless.js: render-blocking
 * at the end of <body>, and served with no cache lifetime).
 */
export function zodJitless(): Plugin {
  const source = readFileSync(new URL('./zod-jitless.js', import.meta.url), 'utf8')
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 8)
  const fileName = `assets/zod-jitless-${hash}.js`
  let build = false
  return {
    name: 'madoguchi-zod-jitless',
    configResolved(config) {
      build = config.command === 'build'
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url !== '/zod-jitless.js') return next()
        res.setHeader('Content-Type', 'text/javascript')
        res.end(source)
      })
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source })
    },
    transformIndexHtml() {
      return [
        {
          tag: 'script',
          attrs: { src: build ? `/${fileName}` : '/zod-jitless.js', defer: true },
          injectTo: 'head-prepend',
        },
      ]
    },
  }
}
