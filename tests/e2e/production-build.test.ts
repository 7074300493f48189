import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
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
