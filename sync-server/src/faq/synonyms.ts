import { DEFAULT_SYNONYMS, normalizeGroups } from '@madoguchi/shared'
import type { Db } from '../db/open'
import { stmt } from '../db/statements'
import { nextSeq } from '../sync/reference-queries'

/**
 * The synonym groups (同義語) as data: the default list until an editor saves one. Kept normalised in
 * memory per database, because every keystroke's search expands with them.
 */
const cache = new WeakMap<Db, { raw: string[][]; normalized: string[][]; text: string | null }>()

export function synonymGroups(db: Db): { raw: string[][]; normalized: string[][] } {
  const text =
    (stmt(db, 'SELECT groups FROM faq_synonyms WHERE id = 1').pluck().get() as string | undefined) ?? null
  const held = cache.get(db)
  if (held && held.text === text) return held
  const raw = text ? (JSON.parse(text) as string[][]) : DEFAULT_SYNONYMS.map((g) => [...g])
  const fresh = { raw, normalized: normalizeGroups(raw), text }
  cache.set(db, fresh)
  return fresh
}

export function saveSynonyms(db: Db, groups: string[][], at: string, by: string): void {
  stmt(
    db,
    `INSERT INTO faq_synonyms (id, groups, change_seq, updated_at, updated_by) VALUES (1, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET groups = excluded.groups, change_seq = excluded.change_seq,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(JSON.stringify(groups), nextSeq(db), at, by)
}
