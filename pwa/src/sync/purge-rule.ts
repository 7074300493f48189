import type { SyncEntity } from '@madoguchi/shared'
import { isPurgeable, lastChange } from './tables'

export type PurgeCandidate = {
  id: string
  version: number
  updatedAt?: string
  takenAt?: string
  sessionId?: string
  visitorNo?: number
  /** A note's or a photo's visitor: open with it on screen. */
  intakeId?: string | null
}

/**
 * Whether a confirmed record may leave the device now (sync invariant 5 and the privacy rule): it is
 * personal, still exactly the confirmed version, outlived the grace period after its last change, and
 * neither it nor its visitor is open on screen. A record left here is purged by a later sweep, which
 * runs when that screen closes (and so when the tablet locks) as well as after every sync pass.
 */
export function purgeDue(
  entity: SyncEntity,
  record: PurgeCandidate,
  confirmedVersion: number,
  now: Date,
  graceMs: number,
  open: ReadonlySet<string>,
): boolean {
  if (!isPurgeable(entity) || record.version !== confirmedVersion) return false
  if (open.has(record.id) || (record.intakeId && open.has(record.intakeId))) return false
  return now.getTime() - lastChange(record) >= graceMs
}
