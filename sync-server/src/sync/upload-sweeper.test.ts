import { newId } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import { useTestServer } from '../testing/use-server'
import { findUpload, resetUpload } from './photo-queries'
import { sweepAbandonedUploads } from './upload-sweeper'

// #11.8: a half-uploaded photo is a face held for nobody; it goes after the configured hours.
const t = useTestServer('outreach', { config: { abandonedUploadHours: 24 } })

describe('the abandoned-upload sweep', () => {
  it('deletes partial uploads idle longer than the configured time, with their chunks, and keeps the rest', () => {
    const { db } = t.server
    const now = new Date('2026-12-02T09:00:00.000Z')
    t.server.setNow(now)
    const old = newId()
    const recent = newId()
    resetUpload(db, old, 'a'.repeat(64), 30_000, '2026-12-01T08:59:00.000Z')
    db.prepare('INSERT INTO photo_chunks (photo_id, offset, data) VALUES (?, 0, ?)').run(
      old,
      Buffer.alloc(10),
    )
    resetUpload(db, recent, 'b'.repeat(64), 30_000, '2026-12-01T09:01:00.000Z')
    expect(sweepAbandonedUploads(t.server.deps)).toBe(1)
    expect(findUpload(db, old)).toBeUndefined()
    expect(db.prepare('SELECT count(*) FROM photo_chunks WHERE photo_id = ?').pluck().get(old)).toBe(0)
    expect(findUpload(db, recent)).toBeDefined()
  })
})
