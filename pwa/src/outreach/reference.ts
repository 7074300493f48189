import {
  CATEGORIES,
  type ChecklistTemplate,
  DEFAULT_CHECKLIST_TEMPLATES,
  DEMO_SITES,
  type PullResponse,
  resolveTemplate,
  type Site,
} from '@madoguchi/shared'
import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '../db/schema'

export type Reference = Pick<PullResponse, 'sites' | 'templates' | 'categories'>

/** Until the first sync pull fills db.reference, the device uses the defaults built into shared/. */
export const BUILT_IN_REFERENCE: Reference = {
  sites: [...DEMO_SITES],
  templates: [...DEFAULT_CHECKLIST_TEMPLATES],
  categories: [...CATEGORIES],
}

/** Server-owned reference data as the device holds it (a live query: a pull updates the screens). */
export function useReference(): Reference {
  const stored = useLiveQuery(() => db.reference.get('current').catch(() => undefined), [])
  if (!stored || stored.sites.length === 0) return BUILT_IN_REFERENCE
  return stored
}

export function siteName(reference: Reference, siteId: string): string {
  return reference.sites.find((site: Site) => site.id === siteId)?.name ?? siteId
}

/** The template an intake was filled against; the newest default when a new intake starts. */
export function templateFor(reference: Reference, id?: string, version?: number): ChecklistTemplate {
  return resolveTemplate(reference.templates, id, version)
}
