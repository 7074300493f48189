import {
  IdParams,
  ImportLog,
  ImportPreview,
  ImportQuery,
  ImportResult,
  SessionStatus,
  SourceList,
  SourceMapping,
  SourceMappingEntry,
  SourceName,
  StatusLabelList,
  StatusLookup,
  StatusLookupResult,
} from '@madoguchi/shared'
import type { Context } from 'hono'
import { z } from 'zod'
import { current } from '../auth/current'
import { AppError } from '../errors'
import type { AppEnv } from '../http/env'
import { feature, route } from '../http/route'
import { sessionStatus } from './followup-service'
import { applyImport, MAX_STATUS_FILE_BYTES, previewImport } from './import-service'
import { editLabels, editSource, importLog, labels, lookup, sources } from './service'

const SourceParams = z.object({ name: SourceName })

/** The uploaded file as bytes; a connection broken mid-upload is the client's fault and writes nothing. */
async function fileOf(c: Context<AppEnv>): Promise<Uint8Array> {
  try {
    return new Uint8Array(await c.req.arrayBuffer())
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('bad_request')
  }
}

/** Application status (申請状況): the city's status file imported, and the lookup during a call. */
export const statusFeature = feature('status', '/api/status', [
  route({
    method: 'post',
    path: '/lookup',
    permission: 'status.lookup',
    summary:
      'Find an application by 申請書ID (any width, spaces, hyphens) or by kana + date of birth (audited)',
    body: StatusLookup,
    response: StatusLookupResult,
    handler: (c, { body }) => c.json(lookup(c.var.deps, current(c), body, c.var.lang)),
  }),
  route({
    method: 'get',
    path: '/labels',
    permission: 'status.lookup',
    summary: 'Each status’s label, what it means to a caller, what happens next and how long it takes',
    response: StatusLabelList,
    handler: (c) => c.json(labels(c.var.deps)),
  }),
  route({
    method: 'put',
    path: '/labels',
    permission: 'status.import',
    summary: 'Edit the labels and caller texts of the statuses (all seven, each once)',
    body: StatusLabelList,
    response: StatusLabelList,
    handler: (c, { body }) => c.json(editLabels(c.var.deps, current(c), body.labels)),
  }),
  route({
    method: 'get',
    path: '/sources',
    permission: 'status.import',
    summary: 'The saved column and status-word mapping of each source',
    response: SourceList,
    handler: (c) => c.json(sources(c.var.deps)),
  }),
  route({
    method: 'put',
    path: '/sources/:name',
    permission: 'status.import',
    summary: 'Save how a source names its columns and status words (remembered for its next file)',
    params: SourceParams,
    body: SourceMapping,
    response: SourceMappingEntry,
    handler: (c, { params, body }) => c.json(editSource(c.var.deps, current(c), params.name, body)),
  }),
  route({
    method: 'get',
    path: '/imports',
    permission: 'status.import',
    summary: 'The latest imports and how many applications are held',
    response: ImportLog,
    handler: (c) => c.json(importLog(c.var.deps)),
  }),
  route({
    method: 'post',
    path: '/imports/preview',
    permission: 'status.import',
    summary:
      'Read a status file (the body, UTF-8 or Shift_JIS) and say what importing it would do: encoding, mapping, every bad line by number, counts',
    query: ImportQuery,
    rawBody: 'text/csv',
    maxBodyBytes: MAX_STATUS_FILE_BYTES,
    response: ImportPreview,
    handler: async (c, { query }) => c.json(previewImport(c.var.deps, current(c), query, await fileOf(c))),
  }),
  route({
    method: 'post',
    path: '/imports',
    permission: 'status.import',
    summary:
      'Import a status file: all or nothing (any bad line refuses it), idempotent, each application’s history kept',
    query: ImportQuery,
    rawBody: 'text/csv',
    maxBodyBytes: MAX_STATUS_FILE_BYTES,
    response: ImportResult,
    status: 201,
    handler: async (c, { query }) => c.json(applyImport(c.var.deps, current(c), query, await fileOf(c)), 201),
  }),
  route({
    method: 'get',
    path: '/sessions/:id',
    permission: 'review.read',
    summary:
      'What became of the applications taken at a pop-up session: counts by status, and those returned for a fault (audited)',
    params: IdParams,
    response: SessionStatus,
    handler: (c, { params }) => c.json(sessionStatus(c.var.deps, current(c), params.id)),
  }),
])
