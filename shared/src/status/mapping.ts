import { z } from 'zod'
import { CodeId } from '../text/formats'
import { safeText } from '../text/safe-text'
import { DEFAULT_STATUS_LABELS, StatusCode } from './labels'

/**
 * How one source's file (the city's system, J-LIS's list …) names its columns and its status words.
 * Mapped once per source and remembered: the next file from the same source imports without asking.
 */
export const STATUS_FIELDS = [
  'formId',
  'status',
  'statusDate',
  'appliedOn',
  'method',
  'nameKana',
  'birthDate',
  'noticeSentOn',
] as const
export const StatusField = z.enum(STATUS_FIELDS)
export type StatusField = z.infer<typeof StatusField>

/** Without these a row means nothing; the others are optional columns. */
export const REQUIRED_FIELDS: readonly StatusField[] = ['formId', 'status', 'statusDate']
/** Optional columns that are a person's data: stored guarded, read only through an audited lookup. */
export const PERSONAL_FIELDS: readonly StatusField[] = [
  'appliedOn',
  'method',
  'nameKana',
  'birthDate',
  'noticeSentOn',
]

const Header = safeText({ max: 60, min: 1, trim: true })
const Word = safeText({ max: 40, min: 1, trim: true })

export const ColumnMapping = z.object({
  formId: Header,
  status: Header,
  statusDate: Header,
  appliedOn: Header.nullable().default(null),
  method: Header.nullable().default(null),
  nameKana: Header.nullable().default(null),
  birthDate: Header.nullable().default(null),
  noticeSentOn: Header.nullable().default(null),
})
export type ColumnMapping = z.infer<typeof ColumnMapping>

export const SourceMapping = z.object({
  columns: ColumnMapping,
  /** A status word as the file writes it → the status it means. */
  words: z.record(Word, StatusCode).refine((w) => Object.keys(w).length <= 200, { message: 'too_big' }),
})
export type SourceMapping = z.infer<typeof SourceMapping>

/** A source's name as staff call it ('city-system'): a code, so it is never personal data. */
export const SourceName = CodeId.pipe(z.string().min(1, { message: 'required' }))

/** Header words that usually name each field, tried in order when a source has no saved mapping. */
const HEADER_HINTS: Record<StatusField, readonly string[]> = {
  formId: ['申請書ID', '申請書id', '申請書番号', '申請ID', 'formid', 'applicationformid'],
  status: ['ステータス', '申請状況', '状況', '状態', 'status'],
  statusDate: ['ステータス日', '状況日', '更新日', '処理日', 'statusdate', 'date'],
  appliedOn: ['申請日', '申請年月日', 'applicationdate', 'appliedon'],
  method: ['申請方法', '申請区分', 'method'],
  nameKana: ['氏名カナ', 'カナ氏名', 'フリガナ', 'ふりがな', 'カナ', 'kana', 'namekana'],
  birthDate: ['生年月日', 'birthdate', 'dateofbirth'],
  noticeSentOn: ['交付通知書発送日', '通知書発送日', '交付通知書送付日', 'noticesenton', 'noticesent'],
}

const fold = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\s_\-・]/g, '')
    .toLowerCase()

/** A first mapping from the file's header: each field to the first header that names it. */
export function guessColumns(headers: readonly string[]): Partial<Record<StatusField, string>> {
  const folded = headers.map(fold)
  const guess: Partial<Record<StatusField, string>> = {}
  const used = new Set<number>()
  for (const field of STATUS_FIELDS) {
    for (const hint of HEADER_HINTS[field]) {
      const at = folded.findIndex((h, i) => !used.has(i) && h === fold(hint))
      if (at >= 0) {
        guess[field] = headers[at]
        used.add(at)
        break
      }
    }
  }
  return guess
}

/** The words every source is assumed to use: each default label, and the usual variants. */
export function defaultWords(): Record<string, StatusCode> {
  const words: Record<string, StatusCode> = {}
  for (const l of DEFAULT_STATUS_LABELS) words[l.label.ja] = l.code
  Object.assign(words, {
    受付: 'received',
    申請受付済: 'received',
    審査: 'reviewing',
    製造中: 'producing',
    発行準備: 'producing',
    市区町村発送済: 'sent_to_city',
    市町村へ発送済: 'sent_to_city',
    交付通知書発送: 'notice_sent',
    交付完了: 'issued',
    返戻: 'returned',
    不備: 'returned',
  } satisfies Record<string, StatusCode>)
  return words
}

/** A word as compared: width and spaces do not matter (全角/半角, a stray space). */
export const wordKey = (word: string) => word.normalize('NFKC').replace(/\s/g, '')
