import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// Styles come from one place: colours are tokens in ui/tokens.css, and a control's look is written
// once in ui/. These checks read every stylesheet under pwa/src, so a raw colour or a second
// "visually hidden" class fails here rather than in a reviewer's eye.

const SRC = fileURLToPath(new URL('../', import.meta.url))
const TOKENS = 'ui/tokens.css'

function filesEndingIn(ending: string, dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return filesEndingIn(ending, path)
    return entry.name.endsWith(ending) ? [relative(SRC, path)] : []
  })
}

const stylesheets = () => filesEndingIn('.css')

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

// The text boxes and selects: each wears the one look from ui/form.css, so none is left with the
// browser's default look (a select with no class, or a class such as "input" that no stylesheet
// defines). A text box is .field-input; a select is .field-input in a form or .select beside other
// controls. Read from the TSX with the TypeScript parser, so a control's attributes are read as JSX,
// not guessed at with a pattern.

/** Input types that are not typed into: they keep their own look (a tick box, a file picker …). */
const NOT_TYPED = new Set([
  'checkbox',
  'radio',
  'file',
  'hidden',
  'range',
  'color',
  'submit',
  'button',
  'reset',
  'image',
])
const LOOK: Record<string, readonly string[]> = {
  input: ['field-input'],
  textarea: ['field-input'],
  select: ['field-input', 'select'],
}

/** Every class name a stylesheet under pwa/src defines. */
function definedClasses(): Set<string> {
  return new Set(
    stylesheets().flatMap((file) =>
      [...read(file).matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map(([, name]) => name as string),
    ),
  )
}

type Control = { at: string; tag: string; classes: string[] }

/** A comparison (`b.status === 'cancelled' ? …`): its literals are values tested, not class names. */
const COMPARES = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
])

/** The template text just before a span's `${…}`: the head, or the previous span's text. */
function textBefore(span: ts.TemplateSpan): string {
  const template = span.parent
  const i = template.templateSpans.indexOf(span)
  return i === 0 ? template.head.text : (template.templateSpans[i - 1]?.literal.text ?? '')
}

/**
 * The string parts of a className: a literal, or every literal inside an expression (a ternary, a
 * template). Not the literals a comparison tests, nor those in a `${…}` glued to a prefix before it
 * (`tone-${x ?? 'info'}`): that literal is the end of a name, not a name.
 */
function classesOf(init: ts.JsxAttributeValue | undefined): string[] {
  if (!init) return []
  const parts: string[] = []
  const visit = (node: ts.Node) => {
    if (ts.isBinaryExpression(node) && COMPARES.has(node.operatorToken.kind)) return
    if (ts.isTemplateSpan(node) && /\S$/.test(textBefore(node))) {
      parts.push(node.literal.text) // the expression is skipped; the text after it is read
      return
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) parts.push(node.text)
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node))
      parts.push(node.text)
    node.forEachChild(visit)
  }
  visit(init)
  return parts.flatMap((part) => part.split(/\s+/)).filter(Boolean)
}

/** The selects, textareas and typed-into inputs of one TSX file, with the classes each wears. */
function controlsIn(file: string): Control[] {
  const text = readFileSync(join(SRC, file), 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: Control[] = []
  const visit = (node: ts.Node) => {
    if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
      const tag = node.tagName.getText(source)
      if (tag in LOOK) {
        const attribute = (name: string) =>
          node.attributes.properties.find(
            (p): p is ts.JsxAttribute => ts.isJsxAttribute(p) && p.name.getText(source) === name,
          )
        const type = attribute('type')?.initializer
        const typed = !(type && ts.isStringLiteral(type) && NOT_TYPED.has(type.text))
        if (tag !== 'input' || typed) {
          const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
          found.push({
            at: `${file}:${line} <${tag}>`,
            tag,
            classes: classesOf(attribute('className')?.initializer),
          })
        }
      }
    }
    node.forEachChild(visit)
  }
  visit(source)
  return found
}

describe('every text box and select wears the look from ui/form.css', () => {
  const views = filesEndingIn('.tsx')
  const controls = views.flatMap(controlsIn)

  it('finds the controls', () => {
    expect(controls.filter((c) => c.tag === 'select').length).toBeGreaterThan(10)
    expect(controls.filter((c) => c.tag === 'input').length).toBeGreaterThan(20)
  })

  it('gives each a ui control class: .field-input for a text box, .field-input or .select for a select', () => {
    const bare = controls
      .filter((c) => !c.classes.some((name) => LOOK[c.tag]?.includes(name)))
      .map((c) => c.at)
    expect(bare).toEqual([])
  })

  it('uses no class on them that no stylesheet defines', () => {
    const defined = definedClasses()
    const unknown = controls.flatMap((c) =>
      c.classes.filter((name) => !defined.has(name)).map((name) => `${c.at} .${name}`),
    )
    expect(unknown).toEqual([])
  })
})

// Every class a component names is defined somewhere: a class no stylesheet defines is a look that
// was meant and never written, a hook only a test reads, or a leftover. Read with the parser, like
// the controls above; a template head ending in '-' (`tone-${x}`) is a prefix, not a class.

/** Each class named in a className of one TSX file, with the line it is on. */
function namedClassesIn(file: string): { at: string; name: string }[] {
  const text = readFileSync(join(SRC, file), 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: { at: string; name: string }[] = []
  const visit = (node: ts.Node) => {
    if (ts.isJsxAttribute(node) && node.name.getText(source) === 'className') {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
      for (const name of classesOf(node.initializer)) found.push({ at: `${file}:${line}`, name })
    }
    node.forEachChild(visit)
  }
  visit(source)
  return found
}

describe('every class a component names is defined in some stylesheet', () => {
  const named = filesEndingIn('.tsx').flatMap(namedClassesIn)

  it('finds the classes', () => {
    expect(named.length).toBeGreaterThan(200)
  })

  it('reads a tested value or the end of a glued name as no class', () => {
    // TSX source to parse; #{ stands for the template's placeholder.
    const snippet =
      "<p className={`find #{x === 'invalid_ref' ? ' is-error' : ''} tone-#{t ?? 'info'} #{y ? 'a' : 'b'}`} />"
    const tsx = snippet.replaceAll('#{', '$' + '{')
    const source = ts.createSourceFile('x.tsx', tsx, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
    let attribute: ts.JsxAttribute | undefined
    const visit = (node: ts.Node): void => {
      if (ts.isJsxAttribute(node)) attribute = node
      node.forEachChild(visit)
    }
    visit(source)
    expect(classesOf(attribute?.initializer)).toEqual(['find', 'is-error', 'tone-', 'a', 'b'])
  })

  it('names no class that no stylesheet defines', () => {
    const defined = definedClasses()
    const unknown = named
      .filter(({ name }) => !name.endsWith('-') && !defined.has(name))
      .map(({ at, name }) => `${at} .${name}`)
    expect(unknown).toEqual([])
  })

  it('starts some defined class with each prefix a template glues a value to (tone-…)', () => {
    const defined = [...definedClasses()]
    const unknown = named
      .filter(({ name }) => name.endsWith('-') && !defined.some((d) => d.startsWith(name)))
      .map(({ at, name }) => `${at} .${name}`)
    expect(unknown).toEqual([])
  })
})
