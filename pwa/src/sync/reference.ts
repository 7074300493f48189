import {
  type ChecklistTemplate,
  REFERENCE_KINDS,
  type ReferenceKind,
  type ReferenceResponse,
  type Site,
  templateKey,
  tokyoDate,
} from '@madoguchi/shared'
import { db, type ReferenceData } from '../db/schema'
import { observeServer } from './server-state'
import { pullKinds } from './transport'

/**
 * Reference data by kind (#10.6): the device asks for each kind with the version it holds and applies
 * only what changed and what was deleted since, all in one Dexie transaction with the new versions,
 * so a pass cut in the middle is repeated whole. Sites, templates and categories keep living in the
 * one `reference` row the outreach screens read; the FAQ has its own table (many rows, changed often).
 */

/** Apply a delta to a keyed list: changed rows replace theirs or are added, deleted keys go. */
export function applyDelta<T>(
  list: readonly T[],
  keyOf: (item: T) => string,
  changed: readonly T[],
  deleted: readonly string[],
): T[] {
  const byKey = new Map(list.map((item) => [keyOf(item), item]))
  for (const key of deleted) byKey.delete(key)
  for (const item of changed) byKey.set(keyOf(item), item)
  return [...byKey.values()]
}

type Versions = Partial<Record<ReferenceKind, number>>

/** Kinds kept in their own table rather than the one reference row: their version stands on its own. */
const OWN_TABLE = new Set<ReferenceKind>(['faq', 'faqSynonyms', 'schedule'])

async function heldVersions(): Promise<Versions> {
  const entry = await db.meta.get('referenceVersions')
  return entry?.key === 'referenceVersions' ? { ...entry.value } : {}
}

export async function pullReferenceByKind(): Promise<void> {
  const held = await heldVersions()
  const current = await db.reference.get('current')
  // A device whose reference row predates the pull by kind starts every kind from 0.
  const since = Object.fromEntries(
    REFERENCE_KINDS.map((k) => [k, current || OWN_TABLE.has(k) ? (held[k] ?? 0) : 0]),
  ) as Record<ReferenceKind, number>
  const answer = await pullKinds(since)
  await store(answer, current)
  // The pass's first answer: a restored server is noticed before anything is pushed to it.
  await observeServer(answer.server)
}

async function store(answer: ReferenceResponse, current: ReferenceData | undefined): Promise<void> {
  await db.transaction('rw', [db.reference, db.faq, db.schedule, db.meta], async () => {
    const row: ReferenceData = current ?? {
      key: 'current',
      cursor: '',
      sites: [],
      templates: [],
      categories: [],
    }
    const next: ReferenceData = {
      ...row,
      sites: answer.sites
        ? applyDelta<Site>(row.sites, (s) => s.id, answer.sites.items, answer.sites.deleted)
        : row.sites,
      templates: answer.templates
        ? applyDelta<ChecklistTemplate>(
            row.templates,
            templateKey,
            answer.templates.items,
            answer.templates.deleted,
          )
        : row.templates,
      categories: answer.categories
        ? applyDelta(row.categories, (c) => c.code, answer.categories.items, answer.categories.deleted)
        : row.categories,
    }
    const changedRow = ['sites', 'templates', 'categories'].some(
      (k) => (answer[k as 'sites']?.items.length ?? 0) + (answer[k as 'sites']?.deleted.length ?? 0) > 0,
    )
    if (changedRow || !current) await db.reference.put(next)
    if (answer.faq) {
      if (answer.faq.deleted.length) await db.faq.bulkDelete(answer.faq.deleted)
      if (answer.faq.items.length) await db.faq.bulkPut(answer.faq.items)
    }
    if (answer.schedule) {
      if (answer.schedule.deleted.length) await db.schedule.bulkDelete(answer.schedule.deleted)
      if (answer.schedule.items.length) await db.schedule.bulkPut(answer.schedule.items)
      // Plans whose day has passed are of no more use here; the server no longer sends them either.
      await db.schedule.where('date').below(tokyoDate(Date.now())).delete()
    }
    const synonyms = answer.faqSynonyms?.items[0]
    if (synonyms) await db.meta.put({ key: 'faqSynonyms', value: synonyms.groups })
    const versions = await heldVersions()
    for (const kind of REFERENCE_KINDS) {
      const v = answer[kind]?.version
      if (v !== undefined) versions[kind] = v
    }
    await db.meta.put({ key: 'referenceVersions', value: versions })
  })
}
