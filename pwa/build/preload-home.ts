import { createHash } from 'node:crypto'
import type { OutputBundle, OutputChunk } from 'rolldown'
import type { Plugin } from 'vite'

/** Each signed-in home's lazy chunks (src/app/App.tsx), by the path that opens it. */
const HOMES = {
  outreach: ['src/outreach/OutreachHome.tsx'],
  desk: ['src/desk/call/DeskFrame.tsx', 'src/desk/DeskHome.tsx'],
  deskScreen: ['src/desk/call/DeskFrame.tsx'],
}

/**
 * On a device with a cached sign-in, the home's chunks start downloading while the entry chunk does,
 * instead of after it has loaded and run (src/app/main.tsx preloadHome), about one round trip and the
 * entry's start-up earlier on a slow line. A small classic script, deferred and first in <head> like
 * zod-jitless: it reads the same hint as src/app/cached-session.ts and the path, and adds
 * `<link rel="modulepreload">` for the home's chunks and what they import. The sign-in page, and any
 * device without the hint, preloads nothing. A file, not inline, so the Content-Security-Policy stays
 * `script-src 'self'`; its chunk names are written at build, so it is hashed like the rest.
 */
export function preloadHome(): Plugin {
  let fileName: string | null = null
  return {
    name: 'madoguchi-preload-home',
    apply: 'build',
    enforce: 'pre',
    generateBundle(_options, bundle) {
      // A chunk of stylesheets only (e.g. a feature's CSS shared by two screens) is removed from the
      // bundle by Vite after this hook: preloading it would fetch the HTML fallback.
      const chunks = Object.values(bundle as OutputBundle).filter(
        (file): file is OutputChunk =>
          file.type === 'chunk' && !file.moduleIds.every((id) => /\.css($|\?)/.test(id)),
      )
      const entry = chunks.find((chunk) => chunk.isEntry)
      // What the page already preloads with the entry.
      const withEntry = new Set(entry ? closure(entry, chunks) : [])
      const files = Object.fromEntries(
        Object.entries(HOMES).map(([home, modules]) => {
          const roots = modules.map((module) => {
            const chunk = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(module))
            if (!chunk) throw new Error(`preload-home: no chunk for ${module}`)
            return chunk
          })
          const all = new Set(roots.flatMap((root) => closure(root, chunks)))
          return [home, [...all].filter((file) => !withEntry.has(file)).map((file) => `/${file}`)]
        }),
      )
      const source = `// Written by pwa/build/preload-home.ts.
;(() => {
  try {
    if (localStorage.getItem('madoguchi.cachedSignIn') !== '1') return
  } catch {
    return
  }
  const files = ${JSON.stringify(files)}
  const path = location.pathname.replace(/\\/+$/, '')
  const home = path === '/outreach' ? 'outreach' : path === '/desk' ? 'desk' : path.startsWith('/desk/') ? 'deskScreen' : null
  for (const href of home ? files[home] : []) {
    const link = document.createElement('link')
    link.rel = 'modulepreload'
    link.crossOrigin = ''
    link.href = href
    document.head.appendChild(link)
  }
})()
`
      const hash = createHash('sha256').update(source).digest('hex').slice(0, 8)
      fileName = `assets/preload-home-${hash}.js`
      this.emitFile({ type: 'asset', fileName, source })
    },
    transformIndexHtml: {
      order: 'post',
      handler() {
        if (!fileName) return []
        return [{ tag: 'script', attrs: { src: `/${fileName}`, defer: true }, injectTo: 'head-prepend' }]
      },
    },
  }
}

/** A chunk's file and every chunk it imports statically, transitively. */
function closure(root: OutputChunk, chunks: OutputChunk[]): string[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const imported of byName.get(file)?.imports ?? []) if (byName.has(imported)) visit(imported)
  }
  visit(root.fileName)
  return [...seen]
}
