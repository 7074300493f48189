import { createHash } from 'node:crypto'
import {
  type CdrMapping,
  type CdrParse,
  type CdrProblem,
  type CdrUpload,
  guessMapping,
  readCdr,
  tokyoDateTimeText,
} from '@madoguchi/shared'
import iconv from 'iconv-lite'
import { audited } from '../audit/unit'
import type { Actor } from '../auth/session'
import { stmt } from '../db/statements'
import type { Deps } from '../deps'
import { AppError } from '../errors'

/**
 * The call-detail import (通話明細). A file is read whole, checked line by line, previewed, then
 * imported in one transaction or not at all. Rows already held (the same file again, or an
 * overlapping period) are recognised by provider + line + start and not added twice.
 */

/** Problems sent back at most: a wholly wrong file would otherwise answer with thousands. */
const MAX_PROBLEMS = 200
const PREVIEW_ROWS = 20

/**
 * The file's text. Telephone services export UTF-8 (often with a BOM) or Shift_JIS: bytes that are
 * not valid UTF-8 are read as CP932. Bytes that are neither (a photo, a zip) are refused.
 */
export function decodeCdr(base64: string): string {
  const bytes = Buffer.from(base64, 'base64')
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const text = iconv.decode(bytes, 'cp932')
    // A binary file decodes to control characters and replacement marks: not a CSV.
    if (/[\p{Cc}\ufffd]/u.test(text.replace(/[\t\r\n]/g, '')))
      throw cdrInvalid([{ line: 1, field: 'file', code: 'encoding' }])
    return text
  }
}

function cdrInvalid(problems: CdrProblem[], total = problems.length): AppError {
  return new AppError('cdr_invalid', undefined, { problems: problems.slice(0, MAX_PROBLEMS), total })
}

function savedMapping(deps: Deps, provider: string): CdrMapping | undefined {
  const json = stmt(deps.db, 'SELECT mapping FROM cdr_providers WHERE provider = ?').pluck().get(provider) as
    | string
    | undefined
  return json ? (JSON.parse(json) as CdrMapping) : undefined
}

function mappingFor(deps: Deps, upload: CdrUpload, header: () => string[]) {
  if (upload.mapping) return { mapping: upload.mapping as Partial<CdrMapping>, source: 'given' as const }
  const saved = savedMapping(deps, upload.provider)
  if (saved) return { mapping: saved as Partial<CdrMapping>, source: 'saved' as const }
  return { mapping: guessMapping(header()), source: 'guessed' as const }
}

function read(deps: Deps, upload: CdrUpload) {
  const text = decodeCdr(upload.content)
  let parsed: CdrParse | undefined
  const { mapping, source } = mappingFor(deps, upload, () => {
    parsed = readCdr(text, {})
    return parsed.header
  })
  return { text, mapping, source, parse: readCdr(text, mapping) }
}

const keyOf = (line: string, startedAt: number) => `${line}\u0000${new Date(startedAt).toISOString()}`

/** How many of the rows are already held: the overlap with earlier imports. */
function alreadyHeld(deps: Deps, provider: string, parse: CdrParse): Set<string> {
  const held = new Set<string>()
  if (parse.rows.length === 0) return held
  const starts = parse.rows.map((r) => r.startedAt)
  const from = new Date(Math.min(...starts)).toISOString()
  const to = new Date(Math.max(...starts)).toISOString()
  const rows = stmt(
    deps.db,
    'SELECT line, started_at FROM cdr_calls WHERE provider = ? AND started_at BETWEEN ? AND ?',
  ).all(provider, from, to) as { line: string; started_at: string }[]
  for (const r of rows) held.add(`${r.line}\u0000${r.started_at}`)
  return held
}

/** What the file holds and what importing it would do; nothing is written. */
export function previewCdr(deps: Deps, upload: CdrUpload) {
  const { mapping, source, parse } = read(deps, upload)
  const held = alreadyHeld(deps, upload.provider, parse)
  const fresh = new Set(parse.rows.map((r) => keyOf(r.line, r.startedAt)).filter((k) => !held.has(k)))
  return {
    header: parse.header,
    mapping,
    mappingSource: source,
    rows: parse.rows.length,
    newCalls: fresh.size,
    alreadyImported: parse.rows.length - fresh.size,
    sample: parse.rows.slice(0, PREVIEW_ROWS).map((r) => ({
      fileLine: r.fileLine,
      line: r.line,
      start: tokyoDateTimeText(r.startedAt),
      answered: tokyoDateTimeText(r.answeredAt),
      end: tokyoDateTimeText(r.endedAt),
    })),
    problems: parse.problems.slice(0, MAX_PROBLEMS),
    totalProblems: parse.problems.length,
    ...spanOf(parse),
  }
}

function spanOf(parse: CdrParse): { firstAt: string | null; lastAt: string | null } {
  if (parse.rows.length === 0) return { firstAt: null, lastAt: null }
  const starts = parse.rows.map((r) => r.startedAt)
  return {
    firstAt: new Date(Math.min(...starts)).toISOString(),
    lastAt: new Date(Math.max(...starts)).toISOString(),
  }
}

/**
 * Import the file: every line must be good, or nothing is written and every bad line is named. The
 * mapping used is saved for the provider, so next month's file needs no mapping.
 */
export function importCdr(deps: Deps, actor: Actor, upload: CdrUpload) {
  const { mapping, parse, text } = read(deps, upload)
  if (parse.problems.length > 0) throw cdrInvalid(parse.problems)
  const entry = {
    action: 'cdr.import',
    entity: 'cdr',
    detail: { provider: upload.provider, rows: parse.rows.length },
  }
  return audited(deps, actor, entry, (unit) => {
    const now = deps.now().toISOString()
    const span = spanOf(parse)
    const importId = stmt(
      deps.db,
      `INSERT INTO cdr_imports (provider, file_name, sha256, rows, added, first_at, last_at, imported_at, imported_by)
       VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?)`,
    ).run(
      upload.provider,
      upload.fileName,
      createHash('sha256').update(text).digest('hex'),
      parse.rows.length,
      span.firstAt,
      span.lastAt,
      now,
      actor.user.id,
    ).lastInsertRowid as number
    const insert = stmt(
      deps.db,
      `INSERT INTO cdr_calls (provider, line, started_at, answered_at, ended_at, import_id)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    )
    let added = 0
    for (const r of parse.rows) {
      added += insert.run(
        upload.provider,
        r.line,
        new Date(r.startedAt).toISOString(),
        r.answeredAt === null ? null : new Date(r.answeredAt).toISOString(),
        new Date(r.endedAt).toISOString(),
        importId,
      ).changes
    }
    stmt(deps.db, 'UPDATE cdr_imports SET added = ? WHERE id = ?').run(added, importId)
    stmt(
      deps.db,
      `INSERT INTO cdr_providers (provider, mapping, updated_at, updated_by) VALUES (?, ?, ?, ?)
       ON CONFLICT (provider) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at,
         updated_by = excluded.updated_by`,
    ).run(upload.provider, JSON.stringify(mapping), now, actor.user.id)
    unit.note({ added, importId })
    return { importId, rows: parse.rows.length, added, alreadyImported: parse.rows.length - added, ...span }
  })
}

/** The imports so far, newest first, for the import screen. */
export function listCdrImports(deps: Deps) {
  return stmt(
    deps.db,
    `SELECT i.id, i.provider, i.file_name AS fileName, i.rows, i.added, i.first_at AS firstAt,
       i.last_at AS lastAt, i.imported_at AS importedAt, s.display_name AS importedByName
     FROM cdr_imports i LEFT JOIN staff s ON s.id = i.imported_by ORDER BY i.id DESC LIMIT 50`,
  ).all()
}
