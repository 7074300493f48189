import { z } from 'zod'
import { LocalDateSchema } from '../calendar/local-date'
import { CategoryCode } from '../calls/categories'
import { Uuid } from '../text/formats'
import { safeText } from '../text/safe-text'

/**
 * An FAQ entry (よくある質問) as editors write it and operators and tablets read it. Japanese is the
 * source (question and answer required); other languages are optional translations. Every edit is a
 * new version of this content; the entry's state says which version operators see (lifecycle.ts).
 */

export const FAQ_STATES = ['draft', 'inReview', 'published', 'retired'] as const
export const FaqState = z.enum(FAQ_STATES)
export type FaqState = z.infer<typeof FaqState>

/** staff: operators and pop-up staff only; public: may also be shown on the residents' site later. */
export const FaqAudience = z.enum(['staff', 'public'])
export type FaqAudience = z.infer<typeof FaqAudience>

/** Only http(s) links: an answer or a source never carries a `javascript:` URL. */
const WebUrl = safeText({ max: 500, min: 1, trim: true }).refine((v) => /^https?:\/\/[^\s]+$/i.test(v), {
  message: 'invalid_format',
})

/** An official page the answer rests on, and the day an editor last checked it said so. */
export const FaqSource = z.object({
  url: WebUrl,
  title: safeText({ max: 200, trim: true }).default(''),
  checkedOn: LocalDateSchema,
})
export type FaqSource = z.infer<typeof FaqSource>

const Question = safeText({ max: 300, min: 1, trim: true })
/** Plain text with simple formatting: blank line = paragraph, "- " or "・" = list item, URLs linked. */
const Answer = safeText({ max: 4000, min: 1, trim: true, multiline: true })

export const FaqTranslation = z.object({ question: Question, answer: Answer })
export type FaqTranslation = z.infer<typeof FaqTranslation>

/** Languages an entry may be translated into (ja is the entry itself). */
export const FAQ_TRANSLATION_LANGS = ['en', 'zh-Hans', 'ko', 'vi', 'pt', 'ja-x-easy'] as const
export const FaqTranslations = z
  .object(
    Object.fromEntries(FAQ_TRANSLATION_LANGS.map((l) => [l, FaqTranslation.optional()])) as Record<
      (typeof FAQ_TRANSLATION_LANGS)[number],
      z.ZodOptional<typeof FaqTranslation>
    >,
  )
  .strict()

export const FaqContent = z.object({
  question: Question,
  answer: Answer,
  category: CategoryCode,
  /** Words a caller might use that the question does not (紛失, なくした, PIN). */
  keywords: z
    .array(safeText({ max: 40, min: 1, trim: true }))
    .max(30)
    .default([]),
  /** The question as callers actually ask it (カードをなくしてしまった). */
  phrasings: z
    .array(safeText({ max: 200, min: 1, trim: true }))
    .max(30)
    .default([]),
  audience: FaqAudience.default('staff'),
  sources: z.array(FaqSource).max(10).default([]),
  translations: FaqTranslations.default({}),
  /** For editors only: what is uncertain, what to check before publishing. Never shown to callers. */
  editorNote: safeText({ max: 1000, trim: true, multiline: true }).default(''),
})
export type FaqContent = z.infer<typeof FaqContent>
export type FaqContentInput = z.input<typeof FaqContent>

export const EditFaqRequest = z.object({ content: FaqContent, expectedVersion: z.number().int().min(1) })
export type EditFaqRequest = z.infer<typeof EditFaqRequest>

export const FaqStepRequest = z.object({
  expectedVersion: z.number().int().min(1),
  /** Why (returning a draft to its author, retiring): kept in the entry's history. */
  reason: safeText({ max: 500, trim: true }).default(''),
})
export type FaqStepRequest = z.infer<typeof FaqStepRequest>

/** One entry as lists and search show it. */
export const FaqSummary = z.object({
  id: z.string(),
  number: z.number(),
  state: FaqState,
  version: z.number(),
  publishedVersion: z.number().nullable(),
  question: z.string(),
  category: CategoryCode,
  audience: FaqAudience,
  updatedAt: z.string(),
  usedCount: z.number(),
})
export type FaqSummary = z.infer<typeof FaqSummary>

export const FaqEvent = z.object({
  at: z.string(),
  actorName: z.string().nullable(),
  kind: z.enum(['created', 'edited', 'submitted', 'returned', 'published', 'retired']),
  version: z.number(),
  reason: z.string(),
})
export type FaqEvent = z.infer<typeof FaqEvent>

export const FaqDetail = z.object({
  entry: FaqSummary,
  /** The newest version (what editors work on). */
  content: FaqContent,
  /** The version operators see, when one is published and differs from the newest. */
  published: FaqContent.nullable(),
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  events: z.array(FaqEvent),
})
export type FaqDetail = z.infer<typeof FaqDetail>

export const FaqVersionInfo = z.object({
  version: z.number(),
  at: z.string(),
  authorName: z.string().nullable(),
  question: z.string(),
})
export const FaqVersionList = z.object({ versions: z.array(FaqVersionInfo) })

/** A readable diff, field by field: unchanged, added and removed runs of text. */
export const DiffPart = z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() })
export const FaqDiff = z.object({
  from: z.number(),
  to: z.number(),
  fields: z.array(z.object({ field: z.string(), parts: z.array(DiffPart) })),
})
export type FaqDiff = z.infer<typeof FaqDiff>
export const FaqDiffQuery = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
})

export const FaqListQuery = z.object({ state: FaqState.optional() })
export const FaqList = z.object({ entries: z.array(FaqSummary) })

/** Search takes any text: it is cut, normalised and never refused. */
export const FaqSearchQuery = z.object({
  q: z
    .string()
    .default('')
    .transform((q) => q.slice(0, 5000)),
  category: CategoryCode.optional(),
  audience: FaqAudience.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
})
export type FaqSearchQuery = z.infer<typeof FaqSearchQuery>

export const FaqHit = z.object({
  id: z.string(),
  number: z.number(),
  version: z.number(),
  question: z.string(),
  answer: z.string(),
  category: CategoryCode,
  audience: FaqAudience,
  score: z.number(),
})
export type FaqHit = z.infer<typeof FaqHit>
export const FaqSearchResult = z.object({ hits: z.array(FaqHit) })
export type FaqSearchResult = z.infer<typeof FaqSearchResult>

/** 該当なし / 回答が違った: the query text only, never anything about the caller. */
export const FaqFeedbackRequest = z.object({
  kind: z.enum(['not_found', 'wrong']),
  query: safeText({ max: 500, trim: true }).default(''),
  entryId: Uuid.optional(),
})
export type FaqFeedbackRequest = z.infer<typeof FaqFeedbackRequest>

export const SynonymGroup = z
  .array(safeText({ max: 40, min: 1, trim: true }))
  .min(2)
  .max(20)
export const FaqSynonyms = z.object({ groups: z.array(SynonymGroup).max(500) })
export type FaqSynonyms = z.infer<typeof FaqSynonyms>

/** An FAQ entry as tablets hold it: the published version, with the server's reading for search. */
export const FaqReferenceItem = z.object({
  id: z.string(),
  number: z.number(),
  version: z.number(),
  question: z.string(),
  answer: z.string(),
  category: CategoryCode,
  audience: FaqAudience,
  keywords: z.array(z.string()),
  phrasings: z.array(z.string()),
  /** Base forms and kana readings the server's analyser found (so a tablet needs no dictionary). */
  reading: z.string(),
  usedCount: z.number(),
})
export type FaqReferenceItem = z.infer<typeof FaqReferenceItem>

/** The operator-facing number: FAQ-0012. */
export function faqRef(number: number): string {
  return `FAQ-${String(number).padStart(4, '0')}`
}
