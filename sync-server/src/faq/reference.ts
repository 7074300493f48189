import type { FaqReferenceItem, ReferenceDelta } from '@madoguchi/shared'
import type { Db } from '../db/open'
import { stmt } from '../db/statements'
import { contentOf, readingOf, usedCount } from './queries'
import { synonymGroups } from './synonyms'

/**
 * The FAQ as tablets pull it: the published version of every entry published or changed since the
 * device's version, the entries retired since (deleted), with the reading the server's analyser found
 * so the tablet's index needs no dictionary.
 */
export function faqSince(db: Db, since: number): ReferenceDelta<'faq'> {
  const rows = stmt(
    db,
    `SELECT id, number, published_version AS version, change_seq FROM faq_entries
     WHERE change_seq > ? AND published_version IS NOT NULL ORDER BY change_seq`,
  ).all(since) as { id: string; number: number; version: number; change_seq: number }[]
  const items: FaqReferenceItem[] = rows.map((r) => {
    const c = contentOf(db, r.id, r.version)
    return {
      id: r.id,
      number: r.number,
      version: r.version,
      question: c.question,
      answer: c.answer,
      category: c.category,
      audience: c.audience,
      keywords: c.keywords,
      phrasings: c.phrasings,
      reading: readingOf(db, r.id),
      usedCount: usedCount(db, r.id),
    }
  })
  const deleted = stmt(db, "SELECT key FROM reference_tombstones WHERE kind = 'faq' AND change_seq > ?")
    .pluck()
    .all(since) as string[]
  const version = stmt(
    db,
    `SELECT max(coalesce((SELECT max(change_seq) FROM faq_entries), 0),
                coalesce((SELECT max(change_seq) FROM reference_tombstones WHERE kind = 'faq'), 0))`,
  )
    .pluck()
    .get() as number
  return { version: Math.max(version, since), items, deleted }
}

/** The synonym list, whole, when it changed since the device's version (the defaults are version 1). */
export function synonymsSince(db: Db, since: number): ReferenceDelta<'faqSynonyms'> {
  const version =
    (stmt(db, 'SELECT change_seq FROM faq_synonyms WHERE id = 1').pluck().get() as number | undefined) ?? 1
  const changed = version > since
  return {
    version: Math.max(version, since),
    items: changed ? [{ groups: synonymGroups(db).raw }] : [],
    deleted: [],
  }
}
