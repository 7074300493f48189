import { DEFAULT_TIMEOUT_MS } from '../app/api'
import { type BackoffOptions, DEFAULT_BACKOFF } from './backoff'

/** Tunables of the sync engine. Tests shorten them; the defaults are for a tablet in the field. */
export interface SyncSettings {
  /** A pass every this many ms while online, besides the triggers (start, online, button, save). */
  intervalMs: number
  backoff: BackoffOptions
  /** Mutations per push request: small batches keep each request short on a poor network. */
  batchSize: number
  /** Photos uploaded before their metadata is pushed together. */
  photoGroup: number
  /** Photo uploads in flight at once. */
  photoUploads: number
  /**
   * A confirmed intake, note or photo stays on the device this long after its last change, so the
   * screen a member of staff is still working on does not vanish under them; then it is purged.
   */
  purgeGraceMs: number
  /**
   * Purge only what the server reports held by a completed backup (sync/backup-gate.ts). Off only in
   * browser tests that are not about backups: their servers back up on a schedule they do not wait for.
   */
  awaitBackup: boolean
  /**
   * Before the session is ended (実施回を終える), a complete visitor stays on the device until neither
   * it nor its notes and photo changed for this long: staff often come back to the visitor they just
   * served. An incomplete visitor stays whatever this says (sync/purge-rule.ts).
   */
  purgeIdleMs: number
  /** How long the right to send lasts unless renewed (lock.ts): a frozen tab loses it after this. */
  leaseMs: number
  /** A sync request's wait for an answer before its size is counted in (app/api.ts `timeoutFor`). */
  timeoutBaseMs: number
}

export const settings: SyncSettings = {
  intervalMs: 30_000,
  backoff: DEFAULT_BACKOFF,
  batchSize: 50,
  photoGroup: 12,
  photoUploads: 6,
  purgeGraceMs: 5 * 60_000,
  awaitBackup: true,
  purgeIdleMs: 30 * 60_000,
  leaseMs: 90_000,
  timeoutBaseMs: DEFAULT_TIMEOUT_MS,
}

export function configureSync(patch: Partial<SyncSettings>): void {
  Object.assign(settings, patch)
}
