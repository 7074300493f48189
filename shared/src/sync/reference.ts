import { z } from 'zod'
import { FaqReferenceItem } from '../faq/model'
import { Site } from '../intake/records'
import { ChecklistTemplate } from '../intake/template'
import { SchedulePlanItem } from '../schedule/schemas'
import { Category, ServerBackup } from './protocol'

/**
 * Reference data by kind (issue #10.6): each kind has its own version (the server's change counter at
 * its last change), and a device asks for each kind it holds with the version it has, getting back only
 * the rows changed since and the keys deleted since. A device that holds nothing of a kind sends 0.
 *
 *   GET /api/sync/reference?sites=12&templates=12&categories=3&faq=0&faqSynonyms=0
 *   → { sites: { version: 12, items: [], deleted: [] }, faq: { version: 40, items: [...], deleted: [] }, … }
 *
 * Keys: a site's id, a category's code, a template's `id@version`, an FAQ entry's id, and 'groups' for
 * the one synonym list (sent whole when it changed), a planned session's id (実施日程: only plans from
 * the server's today on are sent; a plan cancelled, or moved before today, is sent as deleted).
 */
export const REFERENCE_KINDS = ['sites', 'templates', 'categories', 'faq', 'faqSynonyms', 'schedule'] as const
export type ReferenceKind = (typeof REFERENCE_KINDS)[number]

const Since = z.coerce.number().int().min(0).optional()
export const ReferenceQuery = z.object(
  Object.fromEntries(REFERENCE_KINDS.map((k) => [k, Since])) as Record<ReferenceKind, typeof Since>,
)
export type ReferenceQuery = z.infer<typeof ReferenceQuery>

const delta = <T extends z.ZodType>(item: T) =>
  z.object({ version: z.number().int().min(0), items: z.array(item), deleted: z.array(z.string()) })

export const FaqSynonymList = z.object({ groups: z.array(z.array(z.string())) })

export const ReferenceResponse = z.object({
  sites: delta(Site).optional(),
  templates: delta(ChecklistTemplate).optional(),
  categories: delta(Category).optional(),
  faq: delta(FaqReferenceItem).optional(),
  faqSynonyms: delta(FaqSynonymList).optional(),
  schedule: delta(SchedulePlanItem).optional(),
  /** The server's generation and backup (protocol.ts), so a pass knows of a restore before it pushes. */
  server: ServerBackup.optional(),
})
export type ReferenceResponse = z.infer<typeof ReferenceResponse>
export type ReferenceDelta<K extends ReferenceKind> = NonNullable<ReferenceResponse[K]>

/** The key a template is stored under: a version, once published, never changes. */
export const templateKey = (t: { id: string; version: number }) => `${t.id}@${t.version}`
