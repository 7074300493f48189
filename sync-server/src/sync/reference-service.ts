import {
  CATEGORIES,
  type ChecklistTemplate,
  ChecklistTemplate as ChecklistTemplateSchema,
  type PullResponse,
  type Site,
} from '@madoguchi/shared'
import type { Db } from '../db/open'
import { FIXTURE_SITES, FIXTURE_TEMPLATE } from './fixtures'
import { allData, currentSeq, putReference, putTemplate } from './reference-queries'

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
    const template = ChecklistTemplateSchema.parse(FIXTURE_TEMPLATE)
    putTemplate(db, template.id, template.version, template)
    if (options.demoSites) for (const site of FIXTURE_SITES) putReference(db, 'sites', site.id, site)
  })()
}
