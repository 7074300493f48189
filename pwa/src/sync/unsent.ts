import type { MessageKey } from '@madoguchi/shared'
import type { Translate } from '../app/i18n'
import { db } from '../db/schema'
import { resetMarker } from './marker'
import { isPhotoUpload } from './tables'

export interface UnsentCounts {
  records: number
  photos: number
}

/** What is on this device and not yet confirmed by the server (pending or rejected). */
export async function unsentCounts(): Promise<UnsentCounts> {
  try {
    const photos = await db.outbox.filter(isPhotoUpload).count()
    return { records: (await db.outbox.count()) - photos, photos }
  } catch {
    return { records: 0, photos: 0 } // no IndexedDB: nothing can be waiting
  }
}

/**
 * Ask before an action that would leave unsent work behind (sync invariant 6). Resolves true when
 * nothing is unsent or staff confirmed, with the counts in the question.
 */
export async function confirmDespiteUnsent(
  t: Translate,
  action: 'signOut' | 'wipe',
  ask: (message: string) => boolean = (message) => window.confirm(message),
): Promise<boolean> {
  const counts = await unsentCounts()
  if (counts.records + counts.photos === 0) return true
  const key: MessageKey = action === 'signOut' ? 'sync.confirm.signOut' : 'sync.confirm.wipe'
  return ask(t(key, { records: counts.records, photos: counts.photos }))
}

/**
 * Remove every visitor record, photo, outbox entry and receipt from this device. The audit trail of
 * who opened which record stays until the server has it: it holds ids only, and without it those
 * reads would have happened with no trace.
 */
export async function wipeDevice(): Promise<void> {
  await db.transaction(
    'rw',
    [
      db.outreachSessions,
      db.intakes,
      db.notes,
      db.photos,
      db.corrections,
      db.pendingShots,
      db.outbox,
      db.receipts,
      db.meta,
    ],
    () =>
      Promise.all([
        db.corrections.clear(),
        // What was typed beside a record (a 申請書ID not yet whole) is as personal as the record.
        db.meta.where('key').startsWith('draft:').delete(),
        db.outreachSessions.clear(),
        db.intakes.clear(),
        db.notes.clear(),
        db.photos.clear(),
        db.pendingShots.clear(),
        db.outbox.clear(),
        db.receipts.clear(),
      ]),
  )
  // Staff chose this: what left is not a loss for the marker to report.
  await resetMarker()
}
