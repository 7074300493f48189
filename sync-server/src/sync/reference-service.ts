import {
  CATEGORIES,
  type ChecklistTemplate,
  ChecklistTemplate as ChecklistTemplateSchema,
  DEFAULT_CHECKLIST_TEMPLATES,
  DEMO_SITES,
  type LocalDate,
  type PullResponse,
  type ReferenceDelta,
  type ReferenceQuery,
  type ReferenceResponse,
  type Site,
} from '@madoguchi/shared'
import type { Db } from '../db/open'
import { faqSince, synonymsSince } from '../faq/reference'
import { scheduleSince } from '../schedule/queries'
import { allData, currentSeq, keyedSince, putReference, putTemplate } from './reference-queries'

/**
 * Reference data the tablets copy down. The cursor is the server's change counter: a device that
 * sends back the one it holds gets `changed: false` and empty lists when nothing moved since.
 */
export function pullReference(db: Db, cursor: string | undefined): PullResponse {
  return db.transaction((): PullResponse => {
    const seq = String(currentSeq(db))
    if (cursor === seq) return { cursor: seq, changed: false, sites: [], templates: [], categories: [] }
    return {
      cursor: seq,
      changed: true,
      sites: allData(db, 'sites') as Site[],
      templates: allData(db, 'checklist_templates') as ChecklistTemplate[],
      categories: allData(db, 'categories') as PullResponse['categories'],
    }
  })()
}

/**
 * At every start: the call categories (always, from shared), the default checklist template, and the
 * demo sites when demo data is wanted. Only what differs is written, so the cursor stays put otherwise.
 */
export function seedReferenceData(db: Db, options: { demoSites: boolean }): void {
  db.transaction(() => {
    for (const category of CATEGORIES) putReference(db, 'categories', category.code, category)
    for (const each of DEFAULT_CHECKLIST_TEMPLATES) {
      const template = ChecklistTemplateSchema.parse(each)
      putTemplate(db, template.id, template.version, template)
    }
    if (options.demoSites) for (const site of DEMO_SITES) putReference(db, 'sites', site.id, site)
  })()
}

/**
 * Reference data by kind (shared/src/sync/reference.ts): for each kind the device names, the rows
 * changed since its version and the keys deleted since, with the kind's new version. One read
 * transaction, so the kinds agree with each other.
 */
export function pullByKind(db: Db, query: ReferenceQuery, today: LocalDate): ReferenceResponse {
  return db.transaction((): ReferenceResponse => {
    const answer: ReferenceResponse = {}
    if (query.sites !== undefined)
      answer.sites = keyedSince(db, 'sites', query.sites) as ReferenceDelta<'sites'>
    if (query.categories !== undefined)
      answer.categories = keyedSince(db, 'categories', query.categories) as ReferenceDelta<'categories'>
    if (query.templates !== undefined)
      answer.templates = keyedSince(db, 'checklist_templates', query.templates) as ReferenceDelta<'templates'>
    if (query.faq !== undefined) answer.faq = faqSince(db, query.faq)
    if (query.faqSynonyms !== undefined) answer.faqSynonyms = synonymsSince(db, query.faqSynonyms)
    if (query.schedule !== undefined) answer.schedule = scheduleSince(db, query.schedule, today)
    return answer
  })()
}
