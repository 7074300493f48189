import { z } from 'zod'
import { Kana } from '../booking/schemas'
import { LocalDateSchema } from '../calendar/local-date'
import { BirthDate } from '../text/formats'
import { safeText } from '../text/safe-text'
import { FILE_ENCODINGS } from './encoding'
import { StatusCode } from './labels'
import { SourceMapping, SourceName, StatusField } from './mapping'

/** The status import's and lookup's wire contract. Dates are Tokyo calendar dates (YYYY-MM-DD). */

export const FileEncodingSchema = z.enum(FILE_ENCODINGS)

/** Query of a preview or an import: the file itself is the request body, as uploaded. */
export const ImportQuery = z.object({
  source: SourceName,
  /** The encoding staff confirmed; detected when absent. */
  encoding: FileEncodingSchema.optional(),
  /** An import applies exactly the file previewed: the SHA-256 the preview answered. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { message: 'invalid_format' })
    .optional(),
})
export type ImportQuery = z.infer<typeof ImportQuery>

export const BadLineSchema = z.object({
  line: z.number(),
  field: z.union([StatusField, z.literal('row')]),
  code: z.string(),
  detail: z.string().optional(),
})

const Date_ = LocalDateSchema.nullable()

export const PreviewRow = z.object({
  line: z.number(),
  formId: z.string(),
  status: StatusCode,
  statusDate: LocalDateSchema,
  appliedOn: Date_,
  method: z.string().nullable(),
  nameKana: z.string().nullable(),
  birthDate: Date_,
  noticeSentOn: Date_,
})
export type PreviewRow = z.infer<typeof PreviewRow>

export const ImportPreview = z.object({
  source: z.string(),
  encoding: FileEncodingSchema,
  sha256: z.string(),
  headers: z.array(z.string()),
  mapping: SourceMapping,
  /** The mapping was guessed (no saved one for this source): confirm and save it first. */
  guessed: z.boolean(),
  dataRows: z.number(),
  valid: z.number(),
  repeated: z.number(),
  /** Every bad line, up to `BAD_LINES_SHOWN`; `badCount` is all of them. */
  bad: z.array(BadLineSchema),
  badCount: z.number(),
  unknownWords: z.array(z.object({ word: z.string(), count: z.number(), firstLine: z.number() })),
  byStatus: z.record(z.string(), z.number()),
  /** What applying would do now: new applications, changed ones, ones already as the file says. */
  added: z.number(),
  changed: z.number(),
  unchanged: z.number(),
  /** The first rows, as they would be stored. */
  sample: z.array(PreviewRow),
})
export type ImportPreview = z.infer<typeof ImportPreview>

export const BAD_LINES_SHOWN = 2000

export const ImportResult = z.object({
  importId: z.string(),
  rows: z.number(),
  added: z.number(),
  changed: z.number(),
  unchanged: z.number(),
  historyAdded: z.number(),
})
export type ImportResult = z.infer<typeof ImportResult>

export const SourceMappingEntry = z.object({
  name: z.string(),
  mapping: SourceMapping,
  updatedAt: z.string(),
})
export const SourceList = z.object({ sources: z.array(SourceMappingEntry) })
export type SourceList = z.infer<typeof SourceList>

export const ImportLogEntry = z.object({
  id: z.string(),
  source: z.string(),
  encoding: z.string(),
  rows: z.number(),
  added: z.number(),
  changed: z.number(),
  at: z.string(),
  byName: z.string().nullable(),
})
export const ImportLog = z.object({ imports: z.array(ImportLogEntry), applications: z.number() })
export type ImportLog = z.infer<typeof ImportLog>

/**
 * A lookup during a call: by the 申請書ID as the caller reads it (any width, spaces, hyphens), or by
 * kana and date of birth where the file carried them. A POST body, so the person's details never
 * appear in a URL or an access log.
 */
export const StatusLookup = z.union([
  z.object({ formId: safeText({ max: 60, min: 1, trim: true }) }),
  z.object({ kana: Kana, birthDate: BirthDate }),
])
export type StatusLookup = z.infer<typeof StatusLookup>

export const StatusHistoryEntry = z.object({ status: StatusCode, statusDate: LocalDateSchema })

export const StatusApplication = z.object({
  id: z.string(),
  formId: z.string(),
  status: StatusCode,
  statusDate: LocalDateSchema,
  appliedOn: Date_,
  method: z.string().nullable(),
  nameKana: z.string().nullable(),
  birthDate: Date_,
  noticeSentOn: Date_,
  /** When the status file that said so was imported (UTC ISO). */
  importedAt: z.string(),
  history: z.array(StatusHistoryEntry),
})
export type StatusApplication = z.infer<typeof StatusApplication>

export const StatusLookupResult = z.object({ applications: z.array(StatusApplication) })
export type StatusLookupResult = z.infer<typeof StatusLookupResult>

/**
 * What became of the applications taken at one pop-up session: intakes with a 申請書ID joined to the
 * imported status. The ones returned for a fault are listed, so staff can contact the person.
 */
export const SessionStatus = z.object({
  sessionId: z.string(),
  intakes: z.number(),
  withFormId: z.number(),
  /** Intakes with a 申請書ID the imported files do not (yet) hold. */
  notImported: z.number(),
  byStatus: z.record(z.string(), z.number()),
  returned: z.array(
    z.object({
      intakeId: z.string(),
      visitorNo: z.number(),
      formId: z.string(),
      statusDate: LocalDateSchema,
    }),
  ),
})
export type SessionStatus = z.infer<typeof SessionStatus>
