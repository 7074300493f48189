import { z } from 'zod'
import { LocalDateSchema } from '../calendar/local-date'
import { CategoryCode } from '../calls/categories'
import { DiffPart, FaqState } from './model'
import { normalizeForSearch } from './normalize'

/**
 * What editors read to decide what to write and fix next: how often each entry was used in calls and
 * solved them, the searches that found nothing (grouped, so twenty callers' ways of saying one thing
 * show as one line), and the digest of what changed since a date for the follow-up training.
 */

/** A period by Tokyo dates, both included; the server fills a missing end with today. */
export const FaqPeriodQuery = z.object({
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
})
export type FaqPeriodQuery = z.infer<typeof FaqPeriodQuery>

export const FaqUsageRow = z.object({
  id: z.string(),
  number: z.number(),
  question: z.string(),
  state: FaqState,
  category: CategoryCode,
  /** Linked as "used in this call" in the period. */
  used: z.number(),
  /** Of those, calls whose outcome was resolved (answered in the call). */
  solved: z.number(),
  /** 回答が違った reports naming the entry. */
  wrong: z.number(),
  /** The newest words those reports were filed with. */
  wrongQueries: z.array(z.string()),
})
export type FaqUsageRow = z.infer<typeof FaqUsageRow>

export const FaqUsage = z.object({
  from: LocalDateSchema,
  to: LocalDateSchema,
  entries: z.array(FaqUsageRow),
})
export type FaqUsage = z.infer<typeof FaqUsage>

export const FaqGap = z.object({
  /** The group's key: the normalised reading (暗証, あんしょう and ｱﾝｼｮｳ meet as あんしよう). */
  key: z.string(),
  count: z.number(),
  /** The words as typed, each once, most frequent first (at most five). */
  queries: z.array(z.string()),
  lastAt: z.string(),
})
export type FaqGap = z.infer<typeof FaqGap>

export const FaqGaps = z.object({
  from: LocalDateSchema,
  to: LocalDateSchema,
  groups: z.array(FaqGap),
})
export type FaqGaps = z.infer<typeof FaqGaps>

export const FaqDigestQuery = z.object({ since: LocalDateSchema, to: LocalDateSchema.optional() })
export type FaqDigestQuery = z.infer<typeof FaqDigestQuery>

export const FAQ_CHANGES = ['new', 'revised', 'retired'] as const
export type FaqChange = (typeof FAQ_CHANGES)[number]

export const FaqDigestItem = z.object({
  id: z.string(),
  number: z.number(),
  change: z.enum(FAQ_CHANGES),
  at: z.string(),
  byName: z.string().nullable(),
  version: z.number(),
  question: z.string(),
  /** A new entry's answer in full (what operators must learn). */
  answer: z.string(),
  /** A revision: what changed since the version published before it, field by field. */
  fields: z.array(z.object({ field: z.string(), parts: z.array(DiffPart) })),
  /** A retirement's reason. */
  reason: z.string(),
})
export type FaqDigestItem = z.infer<typeof FaqDigestItem>

export const FaqDigest = z.object({
  since: LocalDateSchema,
  to: LocalDateSchema,
  items: z.array(FaqDigestItem),
})
export type FaqDigest = z.infer<typeof FaqDigest>

export interface GapReport {
  query: string
  at: string
}

/**
 * Group 該当なし reports by a key: the shared normalisation (width, kana, small kana, long vowels,
 * spaces) of what `keyOf` makes of the query (the server passes the analyser's reading, so kanji and
 * kana spellings of one word group too). Largest groups first, then the most recent.
 */
export function groupGaps(
  reports: readonly GapReport[],
  keyOf: (query: string) => string = (q) => q,
): FaqGap[] {
  const groups = new Map<string, { count: number; lastAt: string; queries: Map<string, number> }>()
  for (const r of reports) {
    const key = normalizeForSearch(keyOf(r.query)) || normalizeForSearch(r.query)
    if (!key) continue
    const g = groups.get(key) ?? { count: 0, lastAt: '', queries: new Map<string, number>() }
    g.count += 1
    if (r.at > g.lastAt) g.lastAt = r.at
    const typed = r.query.trim()
    g.queries.set(typed, (g.queries.get(typed) ?? 0) + 1)
    groups.set(key, g)
  }
  return [...groups.entries()]
    .map(([key, g]) => ({
      key,
      count: g.count,
      lastAt: g.lastAt,
      queries: [...g.queries.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, 5)
        .map(([q]) => q),
    }))
    .sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt) || a.key.localeCompare(b.key))
}

export interface PublishEvent {
  entryId: string
  kind: 'published' | 'retired'
  at: string
  version: number
}

/**
 * What a publish or retire event means for operators: the first publication of an entry is new, a
 * later one a revision (of the version published before it), a retirement is one. `earlier` holds the
 * entry's events before the period, so a revision is told from a first publication across its edge.
 */
export interface ClassifiedChange<E extends PublishEvent> {
  event: E
  change: FaqChange
  previousVersion: number | null
}

export function classifyChanges<E extends PublishEvent>(
  events: readonly E[],
  earlier: ReadonlyMap<string, number>,
): ClassifiedChange<E>[] {
  const lastPublished = new Map(earlier)
  return [...events]
    .sort((a, b) => a.at.localeCompare(b.at))
    .flatMap((event): ClassifiedChange<E>[] => {
      const previous = lastPublished.get(event.entryId) ?? null
      if (event.kind === 'retired') {
        lastPublished.delete(event.entryId)
        // A draft retired before it was ever published: operators never saw it, nothing to learn.
        return previous === null ? [] : [{ event, change: 'retired', previousVersion: previous }]
      }
      lastPublished.set(event.entryId, event.version)
      return [{ event, change: previous === null ? 'new' : 'revised', previousVersion: previous }]
    })
}
