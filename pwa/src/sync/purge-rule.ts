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
 * Where the record's visitor stands (read by sync/visit-state.ts). A visitor's notes and photo are
 * held with the visitor: staff finishing a visitor may still open or edit them.
 */
export interface VisitHold {
  /** Complete by the checklist rule (sent photos and notes count), or closed as incomplete with a reason. */
  finished: boolean
  /** The visitor's own record is confirmed and nothing of theirs waits in the outbox. */
  acknowledged: boolean
  /** The last change to the visitor or any of their notes and photos (epoch ms). */
  lastTouched: number
  /** The session was ended (実施回を終える) and the server confirmed the end. */
  sessionEnded: boolean
}

/**
 * `gone`: nothing on the tablet holds the record back: its visitor already left the tablet (a late
 * note or photo follows it), or it belongs to no visitor at all (a correction request).
 */
export type VisitState = VisitHold | 'gone'

/**
 * Whether a confirmed record may leave the device now (sync invariant 5, the privacy rule, and
 * "nothing staff are still working on leaves the tablet"): it is personal, still exactly the
 * confirmed version, outlived the grace period after its own last change, neither it nor its visitor
 * is open on screen, and its visitor is finished with:
 * - once the session is ended and the end confirmed, every finished visitor goes;
 * - before that, a finished visitor goes once confirmed and untouched for `idleMs`;
 * - a visitor neither complete nor closed as incomplete with a reason never goes.
 * A record left here is purged by a later sweep, which runs when a screen closes (and so when the
 * tablet locks) as well as after every sync pass.
 */
export function purgeDue(
  entity: SyncEntity,
  record: PurgeCandidate,
  confirmedVersion: number,
  now: Date,
  graceMs: number,
  open: ReadonlySet<string>,
  visit: VisitState,
  idleMs: number,
): boolean {
  if (!isPurgeable(entity) || record.version !== confirmedVersion) return false
  if (open.has(record.id) || (record.intakeId && open.has(record.intakeId))) return false
  if (now.getTime() - lastChange(record) < graceMs) return false
  if (visit === 'gone') return true
  if (!visit.finished || !visit.acknowledged) return false
  return visit.sessionEnded || now.getTime() - visit.lastTouched >= idleMs
}
