import { createHash, randomFillSync } from 'node:crypto'
import {
  BAD_LINES_SHOWN,
  type FileProblem,
  type ImportPreview,
  type ImportQuery,
  type ImportResult,
  newId,
  readStatusFile,
  SourceMapping,
  type StatusFile,
  type StatusRow,
  tokyoDate,
} from '@madoguchi/shared'
import { audited } from '../audit/unit'
import type { Actor } from '../auth/session'
import type { Deps } from '../deps'
import { AppError } from '../errors'
import {
  applicationInserter,
  changeOf,
  keyOf,
  recordPastStatus,
  type Stored,
  savedMapping,
  saveMapping,
  storedApplication,
  storedKeys,
  updateApplication,
} from './queries'

/** The largest status file accepted: ~100,000 rows with every optional column is about 12 MB. */
export const MAX_STATUS_FILE_BYTES = 32 * 1024 * 1024

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

function readOrRefuse(deps: Deps, query: ImportQuery, bytes: Uint8Array): StatusFile {
  const file = readStatusFile(bytes, {
    ...(query.encoding ? { encoding: query.encoding } : {}),
    mapping: savedMapping(deps.db, query.source),
    today: tokyoDate(deps.now()),
  })
  if ('rows' in file) return file
  throw refused(file)
}

/** A file that cannot be read at all: 422 with the reason (and a line or a column where there is one). */
function refused(problem: FileProblem): AppError {
  return new AppError('status_file_refused', undefined, { problem })
}

/**
 * UUIDv7s for the applications an import adds, from one buffer of random bytes. newId() draws its
 * random bytes per call, which costs more than the row's INSERT at tens of thousands of rows. They
 * share the import's millisecond and count up in the 26 bits after it (RFC 9562's dedicated counter),
 * so each lands after the one before at the end of the id index: random ids within the millisecond
 * scattered the inserts over its last pages (bench:import). 48 random bits keep two imports in the
 * same millisecond apart.
 */
function idsFor(count: number, ms: number): () => string {
  // One hex string of all the random bits: a Buffer per id was garbage at 100,000 rows.
  const random = randomFillSync(Buffer.alloc(Math.max(1, count) * 6)).toString('hex')
  const time = ms.toString(16).padStart(12, '0')
  const prefix = `${time.slice(0, 8)}-${time.slice(8)}-7`
  const hex = (n: number, width: number) => n.toString(16).padStart(width, '0')
  let next = 0
  return () => {
    const n = next++
    const counter = `${hex((n >>> 14) & 0xfff, 3)}-${hex(0x80 | ((n >>> 8) & 0x3f), 2)}${hex(n & 0xff, 2)}`
    return `${prefix}${counter}-${random.slice(n * 12, n * 12 + 12)}`
  }
}

/**
 * Count what applying would do, against what is stored now. Only rows about an application already
 * stored get a step: a new one is inserted from its row as it is (at 100,000 new rows, an object
 * per row is garbage the import pays for). A row that spells exactly what is stored changes nothing
 * and adds no history, so only the others read their application's columns.
 */
function plan(deps: Deps, file: StatusFile) {
  const stored = storedKeys(deps.db)
  const counts = { added: 0, changed: 0, unchanged: 0 }
  const steps = new Map<StatusRow, { step: ReturnType<typeof changeOf>; stored: Stored }>()
  for (const row of file.rows) {
    const key = stored.get(row.formId)
    if (key === undefined) {
      counts.added++
      continue
    }
    if (key === keyOf(row)) {
      counts.unchanged++
      continue
    }
    const current = storedApplication(deps.db, row.formId) as Stored
    const step = changeOf(row, current)
    counts[step.change]++
    if (step.change === 'changed' || step.history) steps.set(row, { step, stored: current })
  }
  return { counts, steps, stored }
}

/**
 * Read a status file and say what importing it would do: the encoding found, the mapping used, every
 * bad line, and how many applications it adds or changes. Nothing is written but the audit row.
 */
export function previewImport(
  deps: Deps,
  actor: Actor,
  query: ImportQuery,
  bytes: Uint8Array,
): ImportPreview {
  const sha256 = sha256Of(bytes)
  return audited(
    deps,
    actor,
    { action: 'status.preview', entity: 'status_import', entityId: null },
    (unit) => {
      const file = readOrRefuse(deps, query, bytes)
      const { counts } = plan(deps, file)
      const byStatus: Record<string, number> = {}
      for (const r of file.rows) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1
      unit.note({ source: query.source, rows: file.dataRows, bad: file.bad.length })
      return {
        source: query.source,
        encoding: file.encoding,
        sha256,
        headers: file.headers,
        mapping: file.mapping,
        guessed: file.guessed,
        dataRows: file.dataRows,
        valid: file.rows.length,
        repeated: file.repeated,
        bad: file.bad.slice(0, BAD_LINES_SHOWN),
        badCount: file.bad.length,
        unknownWords: file.unknownWords,
        byStatus,
        ...counts,
        sample: file.rows.slice(0, 20).map(({ line, ...r }) => ({ line, ...r })),
      }
    },
  )
}

/**
 * Apply a status file: all of it or nothing. A file with any bad line is refused whole (the preview
 * lists them); the same file twice changes no application and adds no history. The mapping used is
 * saved for the source, so the next file from it needs no mapping.
 */
export function applyImport(deps: Deps, actor: Actor, query: ImportQuery, bytes: Uint8Array): ImportResult {
  const sha256 = sha256Of(bytes)
  if (query.sha256 && query.sha256 !== sha256) throw new AppError('status_file_changed')
  const importId = newId()
  const at = deps.now().toISOString()
  return audited(
    deps,
    actor,
    { action: 'status.import', entity: 'status_import', entityId: importId },
    (unit) => {
      const file = readOrRefuse(deps, query, bytes)
      if (file.bad.length)
        throw new AppError('status_file_has_bad_lines', undefined, {
          badCount: file.bad.length,
          bad: file.bad.slice(0, BAD_LINES_SHOWN),
        })
      const { counts, steps, stored } = plan(deps, file)
      deps.db
        .prepare(
          `INSERT INTO status_imports (id, source, encoding, sha256, rows, added, changed, at, by_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          importId,
          query.source,
          file.encoding,
          sha256,
          file.rows.length,
          counts.added,
          counts.changed,
          at,
          actor.user.id,
        )
      let historyAdded = 0
      const ids = idsFor(counts.added, deps.now().getTime())
      const insert = applicationInserter(deps.db, importId, at)
      for (const row of file.rows) {
        if (!stored.has(row.formId)) {
          // Its first status is its current one: no history row (migration 0019).
          insert(ids(), row)
          historyAdded++
          continue
        }
        const s = steps.get(row)
        if (!s) continue
        if (s.step.history) historyAdded += recordPastStatus(deps.db, row, s.stored, importId)
        if (s.step.change === 'changed') updateApplication(deps.db, s.step.next, importId, at)
      }
      // A mapping guessed from the header is saved only if it passes the same schema as one staff
      // save (header names are file content: bounded and guarded before they are stored).
      const mapping = SourceMapping.safeParse(file.mapping)
      if (mapping.success) saveMapping(deps.db, query.source, mapping.data, at, actor.user.id)
      const result = { importId, rows: file.rows.length, ...counts, historyAdded }
      unit.note({ source: query.source, encoding: file.encoding, ...counts, historyAdded })
      return result
    },
  )
}
