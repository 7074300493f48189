import type { OutreachSessionRecord, SessionEndSummary } from '@madoguchi/shared'
import { currentActor } from '../actor'
import { db } from '../schema'
import { saveIntake, saveOutreachSession } from './save'
import { isStorageFailure, StorageFullError } from './storage-failure'

/**
 * 未完了のまま閉じる: staff decided the visitor cannot be completed here and said why. Synced like any
 * change; from then on the visitor may leave the tablet once sent (sync/purge-rule.ts).
 * Returns false when the intake is no longer on this device.
 */
export async function closeIncomplete(intakeId: string, reason: string): Promise<boolean> {
  try {
    const closed = await db.transaction('rw', [db.intakes, db.outbox, db.receipts], () =>
      closeAll([{ intakeId, reason }]),
    )
    return closed === 1
  } catch (error) {
    if (isStorageFailure(error)) throw new StorageFullError('device storage is full')
    throw error
  }
}

async function closeAll(closes: readonly { intakeId: string; reason: string }[]): Promise<number> {
  let closed = 0
  const at = new Date().toISOString()
  const by = currentActor()
  for (const { intakeId, reason } of closes) {
    const intake = await db.intakes.get(intakeId)
    if (!intake) continue
    await saveIntake({ ...intake, closedIncomplete: { reason: reason.trim(), at, ...(by ? { by } : {}) } })
    closed++
  }
  return closed
}

/**
 * 実施回を終える, in one transaction: the incomplete visitors staff gave a reason for are closed as
 * incomplete, and the session records its end (when, who, what the tablet counted). Both travel by
 * the outbox like any change; once the server confirms the end, the session's finished visitors
 * leave the tablet.
 */
export async function endSession(
  sessionId: string,
  closes: readonly { intakeId: string; reason: string }[],
  summary: SessionEndSummary,
): Promise<OutreachSessionRecord | undefined> {
  try {
    return await db.transaction('rw', [db.outreachSessions, db.intakes, db.outbox, db.receipts], async () => {
      const session = await db.outreachSessions.get(sessionId)
      if (!session) return undefined
      await closeAll(closes)
      const by = currentActor()
      return saveOutreachSession({
        ...session,
        endedAt: new Date().toISOString(),
        ...(by ? { endedBy: by } : {}),
        endSummary: summary,
      })
    })
  } catch (error) {
    if (isStorageFailure(error)) throw new StorageFullError('device storage is full')
    throw error
  }
}
