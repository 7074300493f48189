import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// Styles come from one place: colours are tokens in ui/tokens.css, and a control's look is written
// once in ui/. These checks read every stylesheet under pwa/src, so a raw colour or a second
// "visually hidden" class fails here rather than in a reviewer's eye.

const SRC = fileURLToPath(new URL('../', import.meta.url))
const TOKENS = 'ui/tokens.css'

function stylesheets(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return stylesheets(path)
    return entry.name.endsWith('.css') ? [relative(SRC, path)] : []
  })
}

/** The file without its comments, so a colour named in a note (or an old one quoted) is no use of it. */
function read(file: string): string {
  return readFileSync(join(SRC, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')
}

const RAW_COLOUR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/gi

/** The rule that hides a thing on screen but keeps it for screen readers: 1 px box, clipped. */
function hidesVisually(body: string): boolean {
  return (
    /\bposition:\s*absolute/.test(body) &&
    /\bclip(?:-path)?:/.test(body) &&
    /\b(?:width|height):\s*1px/.test(body)
  )
}

describe('styles from one place', () => {
  const files = stylesheets()

  it('finds the stylesheets', () => {
    expect(files).toContain(TOKENS)
    expect(files.length).toBeGreaterThan(10)
  })

  it('writes colours only as tokens: no hex or rgb() outside ui/tokens.css', () => {
    const raw = files
      .filter((file) => file !== TOKENS)
      .flatMap((file) =>
        read(file)
          .split('\n')
          .flatMap((line, i) => (line.match(RAW_COLOUR) ?? []).map((hit) => `${file}:${i + 1} ${hit}`)),
      )
    expect(raw).toEqual([])
  })

  it('defines every token it uses (a var() with a fallback colour hides a missing one)', () => {
    const defined = new Set(read(TOKENS).match(/--[\w-]+(?=\s*:)/g))
    const missing = files.flatMap((file) =>
      [...read(file).matchAll(/var\((--[\w-]+)\s*(,[^)]*)?\)/g)]
        .filter(([, name, fallback]) => !defined.has(name as string) || fallback !== undefined)
        .map(([use]) => `${file}: ${use}`),
    )
    expect(missing).toEqual([])
  })

  it('has one visually-hidden class, .visually-hidden in ui/base.css', () => {
    const hiding = files.flatMap((file) =>
      [...read(file).matchAll(/([^{}]+)\{([^{}]*)\}/g)]
        .filter(([, , body]) => hidesVisually(body as string))
        .flatMap(([, selectors]) => (selectors as string).split(',').map((s) => `${file} ${s.trim()}`)),
    )
    const others = hiding.filter((rule) => rule !== 'ui/base.css .visually-hidden')
    expect(hiding).toContain('ui/base.css .visually-hidden')
    expect(others).toEqual([])
  })

  it('defines each shared control once, in ui/', () => {
    const controls = [
      '.button',
      '.button-primary',
      '.button-danger',
      '.option-button',
      '.select',
      '.field-input',
    ]
    const outside = files
      .filter((file) => !file.startsWith('ui/'))
      .flatMap((file) =>
        [...read(file).matchAll(/([^{}]+)\{/g)].flatMap(([, selectors]) =>
          (selectors as string)
            .split(',')
            .map((s) => s.trim())
            .filter((s) => controls.includes(s))
            .map((s) => `${file} ${s}`),
        ),
      )
    expect(outside).toEqual([])
  })
})
