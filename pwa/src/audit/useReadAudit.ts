import type { DeviceAuditAction } from '@madoguchi/shared'
import { useEffect } from 'react'
import { recordRead } from './record'

/**
 * Record that this screen shows a visitor's record (nothing when `recordId` is absent). Screens are
 * rendered only while the tablet is unlocked, so the reader is the staff member who unlocked it.
 */
export function useReadAudit(
  action: DeviceAuditAction,
  recordId: string | undefined,
  sessionId: string,
): void {
  useEffect(() => {
    // A failed write (the disk is full) is already shown by the storage banner; the screen still opens.
    if (recordId) void recordRead(action, recordId, sessionId).catch(() => undefined)
  }, [action, recordId, sessionId])
}
