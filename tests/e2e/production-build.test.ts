import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BACKGROUND_MODULES } from '../../pwa/build/background'
import { ROOT } from '../support/server'

// The production build (pwa/dist, what `npm start` serves and every tablet precaches) holds no test
// code: the sync test hooks can post every record and photo to any URL, so they must not exist there
// in any form. The test build (pwa/dist-test) is checked too, to show the markers would be found.
const MARKERS = ['__madoguchiSync', 'madoguchi.testHooks', 'sendPlain', 'deleteIntakeThenResave']

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) yield* files(path)
    else yield path
  }
}

/** Every file (and every precompressed copy, as text is kept plain in .br/.gz only compressed) with a marker. */
function findTestCode(dist: string): string[] {
  const found: string[] = []
  for (const path of files(dist)) {
    const name = relative(dist, path)
    if (/test-hooks/.test(name)) found.push(`${name}: a test-hooks file`)
    if (/\.(br|gz)$/.test(name)) continue // copies of the plain files checked beside them
    const text = readFileSync(path, 'latin1')
    for (const marker of MARKERS) if (text.includes(marker)) found.push(`${name}: ${marker}`)
  }
  return found
}

describe('production build', () => {
  it('holds no test hooks in its bundle or its service worker precache', () => {
    const dist = join(ROOT, 'pwa/dist')
    expect(findTestCode(dist)).toEqual([])
    const sw = readFileSync(join(dist, 'sw.js'), 'utf8')
    expect(sw).toContain('precache')
    expect(sw).not.toMatch(/test-hooks/)
  })

  it('the test build does hold them, so the check above can see them', () => {
    expect(findTestCode(join(ROOT, 'pwa/dist-test')).some((f) => f.includes('__madoguchiSync'))).toBe(true)
  })
})

/**
 * Each dynamic import of a background module in the built chunks, with the files its preload helper
 * is given (`[]`, or `__vite__mapDeps([...])` resolved against the chunk's own list).
 */
function backgroundImportsIn(assets: string): { chunk: string; imported: string; preloads: string[] }[] {
  const names = BACKGROUND_MODULES.map((module) =>
    module
      .split('/')
      .pop()
      ?.replace(/\.tsx?$/, ''),
  )
  const found: { chunk: string; imported: string; preloads: string[] }[] = []
  for (const chunk of readdirSync(assets).filter((name) => name.endsWith('.js'))) {
    const text = readFileSync(join(assets, chunk), 'utf8')
    const list = text.match(/m\.f=(\[[^\]]*\])/)?.[1]
    const files: string[] = list ? JSON.parse(list) : []
    const call =
      /import\(`\.\/([\w-]+)-[\w-]{8}\.js`\)(?:\.then\([^)]*\))?,(\[\]|__vite__mapDeps\(\[([\d,]*)\]\))/g
    for (const match of text.matchAll(call)) {
      if (!names.includes(match[1])) continue
      const indexes = match[3] ? match[3].split(',').map(Number) : []
      found.push({ chunk, imported: match[1] as string, preloads: indexes.map((i) => files[i] as string) })
    }
  }
  return found
}

describe('background imports in the production build', () => {
  // pwa/build/background.ts: no modulepreload links in the task right after the first screen's paint.
  it('preload no script, only the stylesheets the screen behind the lock needs', () => {
    const imports = backgroundImportsIn(join(ROOT, 'pwa/dist/assets'))
    const names = BACKGROUND_MODULES.map((module) =>
      module
        .split('/')
        .pop()
        ?.replace(/\.tsx?$/, ''),
    )
    expect([...new Set(imports.map((i) => i.imported))].sort()).toEqual([...names].sort())
    for (const { chunk, imported, preloads } of imports)
      expect(
        preloads.filter((file) => !file.endsWith('.css')),
        `${chunk} → ${imported}`,
      ).toEqual([])
  })

  it('other lazy screens keep their script preloads, so the check above can see them', () => {
    const text = readdirSync(join(ROOT, 'pwa/dist/assets'))
      .filter((name) => name.startsWith('index-') && name.endsWith('.js'))
      .map((name) => readFileSync(join(ROOT, 'pwa/dist/assets', name), 'utf8'))
      .join('')
    expect(text).toMatch(/import\(`\.\/OutreachHome-[\w-]+\.js`\)[^;]*__vite__mapDeps\(\[\d/)
  })
})
