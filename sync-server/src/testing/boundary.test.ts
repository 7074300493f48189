import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// Test helpers (record builders, the audit log reader, the in-process harness) live in testing/ and
// only tests import them, so nothing the server runs in production depends on test code.
const SRC = fileURLToPath(new URL('../', import.meta.url))

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) yield* sources(path)
    else if (/\.ts$/.test(name)) yield path
  }
}

describe('test code boundary', () => {
  it('no production module of the server imports from testing/', () => {
    const offenders = [...sources(SRC)]
      .map((path) => relative(SRC, path))
      .filter((path) => !path.startsWith('testing/') && !path.endsWith('.test.ts'))
      .filter((path) => /from '(\.\.?\/)+(\w+\/)*testing\//.test(readFileSync(join(SRC, path), 'utf8')))
    expect(offenders).toEqual([])
  })
})
