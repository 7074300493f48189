import { db } from '../db/schema'

/**
 * Drop the drafts (a 申請書ID still being typed, see MetaEntry) of records no longer on the device:
 * the record was purged after the server confirmed it, so what was typed beside it is personal data
 * with nothing left to complete. A record open on screen is never purged, so no draft being typed is.
 */
export async function dropOrphanDrafts(): Promise<number> {
  return db.transaction('rw', db.meta, db.intakes, db.notes, async () => {
    const keys = (await db.meta.where('key').startsWith('draft:').primaryKeys()) as string[]
    const orphans: string[] = []
    for (const key of keys) {
      const recordId = key.split(':')[1] ?? ''
      if (!(await db.intakes.get(recordId)) && !(await db.notes.get(recordId))) orphans.push(key)
    }
    if (orphans.length) await db.meta.bulkDelete(orphans as `draft:${string}`[])
    return orphans.length
  })
}
