import { db } from '../../db/schema'

/**
 * The bench's baseline: the same records and photo bytes, read from IndexedDB and sent one by one
 * with plain fetch to `url` (an endpoint in the bench process), with no protocol at all.
 */
export async function sendPlain(url: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now()
  let bytes = 0
  for (const table of [db.outreachSessions, db.intakes, db.notes] as const) {
    for (const record of await (table as typeof db.intakes).toArray()) {
      const body = JSON.stringify(record)
      bytes += body.length
      await fetch(`${url}/records`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    }
  }
  for (const photo of await db.photos.toArray()) {
    bytes += photo.blob.size
    await fetch(`${url}/photo`, {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream' },
      body: photo.blob,
    })
  }
  return { ms: performance.now() - started, bytes }
}
