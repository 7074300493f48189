/**
 * The one write path for synced records (architecture: sync invariant 2). A record and its outbox
 * entry are written in the same IndexedDB transaction, so nothing is saved that is not also queued.
 * Screens never call `table.put` on these tables themselves.
 *
 * Screens import from this file; the writes live in records/ by what they do: the record with its
 * outbox entry (outbox.ts), saves per kind of record (save.ts), ending a session (session-end.ts),
 * deleting a visitor or note (delete.ts), photos and pending shots (photo.ts), what a receipt tells a
 * late save (receipt.ts) and which failures mean the storage is full (storage-failure.ts).
 */

export { deleteIntake, deleteNote } from './records/delete'
export { editorsAfter } from './records/outbox'
export { acceptPendingShot, dropPendingShot, photosOf, savePendingShot, savePhoto } from './records/photo'
export { fromReceipt, RecordDeletedError, wasDeleted } from './records/receipt'
export { addIntake, saveCorrection, saveIntake, saveNote, saveOutreachSession } from './records/save'
export { closeIncomplete, endSession } from './records/session-end'
export { isStorageFailure, StorageFullError } from './records/storage-failure'
