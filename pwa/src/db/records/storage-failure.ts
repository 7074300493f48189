/**
 * A write failed in a way that may mean the device is out of storage. Nothing was written; tell
 * staff before they type more. Chromium reports a full disk as QuotaExceededError only sometimes:
 * on a nearly full disk it failed a write with AbortError and then deleted the whole database, so
 * every failure of the storage itself is treated as this (see `isStorageFailure`).
 */
export class StorageFullError extends Error {
  override name = 'StorageFullError'
}

/**
 * The names IndexedDB and Dexie give a failure of the storage itself (not of our data): a full disk,
 * a transaction the browser aborted, a database it closed or deleted under us, a file it cannot read.
 * Our own refusals (RecordDeletedError) and programming errors (TypeError, ConstraintError) are not.
 */
const STORAGE_FAILURES = new Set([
  'QuotaExceededError',
  'AbortError',
  'UnknownError',
  'InvalidStateError',
  'TransactionInactiveError',
  'DatabaseClosedError',
  'OpenFailedError',
  'NotReadableError',
  'NotFoundError',
  'VersionError',
  'TimeoutError',
])

/** Whether a failed write may mean the device is out of storage: treated as a full disk. */
export function isStorageFailure(error: unknown): boolean {
  if (error instanceof StorageFullError) return true
  const names: unknown[] = []
  let e = error as { name?: unknown; inner?: unknown } | undefined
  for (let depth = 0; e && depth < 4; depth++) {
    names.push(e.name)
    e = e.inner as typeof e
  }
  return names.some((name) => typeof name === 'string' && STORAGE_FAILURES.has(name))
}
