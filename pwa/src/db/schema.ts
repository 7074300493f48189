import type {
  ConsultationNoteRecord,
  CorrectionRequestRecord,
  DeviceAuditEntry,
  FaqReferenceItem,
  IntakeRecord,
  OutreachSessionRecord,
  PhotoRecord,
  PullResponse,
  ReferenceKind,
  SchedulePlanItem,
  ServerBackup,
  SessionInfo,
  SyncEntity,
  UnrecordedReads,
} from '@madoguchi/shared'
import { DEFAULT_CHECKLIST_TEMPLATES, withConsentsMoved } from '@madoguchi/shared'
import { Dexie, type EntityTable } from 'dexie'

/**
 * The device database, `madoguchi`, and every version of its schema, in this one file.
 *
 * Rules for changing it (architecture: sync invariant 7):
 * - never edit a version that has shipped; add `db.version(n + 1)` with the new stores and an
 *   `.upgrade()` that converts existing rows;
 * - from the version that adds the `outbox` table on, every later version MUST keep `outbox` and
 *   migrate its rows: unsent work lives only there, and dropping it loses a visitor's record;
 * - keep the old `db.version(...)` declarations below the new ones, so Dexie can upgrade any device.
 */

/** A PIN as a salted PBKDF2-SHA-256 hash (never the PIN itself). */
export interface PinHash {
  salt: string
  hash: string
  iterations: number
}

/** One staff member's PIN on this tablet, with the name the lock screen and status row show. */
export type StaffPin = PinHash & { staffId: string; displayName: string }

/** Where the outreach screens were, so a reload or a restart opens the same visitor and step. */
export interface OutreachPlace {
  sessionId: string | null
  intakeId: string | null
  step: string
}

/**
 * Small device-level facts keyed by name. Never personal data about visitors, with one exception:
 * `draft:<recordId>:<field>` keeps what staff typed into a field whose value cannot be saved on the
 * record yet (a 申請書ID still being typed, text refused for an individual number is NOT kept), so
 * a reload loses no keystroke; it is deleted once the record holds the value.
 */
export type MetaEntry =
  | { key: 'session'; value: SessionInfo }
  | { key: 'deviceId'; value: string }
  /** The one device PIN of earlier versions; moved into `pins` (as the signed-in staff member's) on load. */
  | { key: 'pin'; value: PinHash }
  | { key: 'pins'; value: StaffPin[] }
  | { key: 'lockAfterMinutes'; value: number }
  | { key: 'outreachPlace'; value: OutreachPlace }
  | { key: `draft:${string}`; value: string }
  /** When the sync engine last finished a pass with nothing failing (ISO instant). */
  | { key: 'lastSyncAt'; value: string }
  /** Made with the database: the marker outside it (sync/marker.ts) notices when it is replaced. */
  | { key: 'storeId'; value: string }
  /** Reads not itemised because the audit trail queue was full (audit/trail.ts): a count, no ids. */
  | { key: 'auditUnrecorded'; value: UnrecordedReads }
  /** The version of each reference kind this device holds (sync/reference.ts). */
  | { key: 'referenceVersions'; value: Partial<Record<ReferenceKind, number>> }
  /** The FAQ's synonym groups as the server last sent them (the tablet's search expands with them). */
  | { key: 'faqSynonyms'; value: string[][] }
  /** The server's generation and backup as its last answer said (sync/server-state.ts). */
  | { key: 'server'; value: ServerBackup }
  /** The server was seen restored from a backup: what this tablet queued to send again, for staff. */
  | { key: 'serverRestored'; value: { noticedAt: string; records: number; deletions: number } }
export type MetaKey = MetaEntry['key']

/** A photo as kept on the device until the server confirms it: the metadata and the JPEG. */
export type StoredPhoto = PhotoRecord & { blob: Blob }

/**
 * 送信待ち: one entry per record that has changes the server has not confirmed. Saving a record again
 * replaces its entry (new mutation id, new version), so the outbox never sends a stale version.
 */
export interface OutboxEntry {
  seq?: number
  mutationId: string
  entity: SyncEntity
  recordId: string
  version: number
  createdAt: string
  /** `pending` waits to be sent; `rejected` came back with a reason that staff must fix. */
  state: 'pending' | 'rejected'
  attempts: number
  rejection?: { code: string; message: string; fields?: Record<string, { code: string; message: string }[]> }
  /**
   * Set when the entry deletes the record (staff removed it as entered by mistake): the record is
   * already gone from the device, so what the server needs travels here. Ids only, nothing personal.
   */
  deletion?: { sessionId: string; deletedAt: string; photoIds: string[] }
  /** The staff member who unlocked the tablet when this was saved (see db/actor.ts). */
  actedBy?: string
  /**
   * When the entry replaced unsent entries saved by someone else: every staff member whose edits it
   * carries, in order, `actedBy` last (db/records.ts `editorsAfter`). Absent when that is one person.
   */
  editedBy?: string[]
}

/** What stays after the server confirmed a record and the device purged it: no personal data. */
export interface Receipt {
  recordId: string
  entity: SyncEntity
  version: number
  confirmedAt: string
  /**
   * The server's time of the acknowledgement and the generation that gave it: the record is purged
   * only once that generation reports a completed backup holding it (sync/backup-gate.ts).
   */
  ackedAt?: string
  generation?: string
  sha256?: string
  /** The session the record belonged to (not personal), so a visitor count survives the purge. */
  sessionId?: string
  /**
   * An intake's running number in its session (not personal), so numbering never restarts or reuses
   * a number once the intake has left the tablet (see outreach/session/visitor-tally.ts).
   */
  visitorNo?: number
  /** A photo's intake (an id, not personal), so a retake after the purge still replaces it. */
  intakeId?: string
  /**
   * An intake's purpose and whether staff closed it as incomplete (categories, not personal), so the
   * session's summary (実施回を終える) counts applications among visitors already cleared.
   */
  purpose?: IntakeRecord['purpose']
  closedIncomplete?: true
  /**
   * Staff deleted the record here (or its intake, for a note or photo): it must never be saved again
   * on this device. Kept from the moment of the deletion; `confirmedAt` is then when it was deleted.
   */
  deleted?: true
}

/**
 * A shot on the review screen, kept so a lock or a reload does not lose it: the processed JPEG
 * with its measured checks. Personal data like a photo, removed with its intake (records.ts).
 */
export interface PendingShot {
  intakeId: string
  sessionId: string
  blob: Blob
  width: number
  height: number
  sha256: string
  /** The measured checks as shown (PhotoCheck and the face check), so the review reads the same. */
  check: unknown
  takenAt: string
}

/** Server-owned reference data, copied down by the sync pull. */
export type ReferenceData = Omit<PullResponse, 'changed'> & { key: 'current' }

export type MadoguchiDb = Dexie & {
  meta: EntityTable<MetaEntry, 'key'>
  outreachSessions: EntityTable<OutreachSessionRecord, 'id'>
  intakes: EntityTable<IntakeRecord, 'id'>
  notes: EntityTable<ConsultationNoteRecord, 'id'>
  photos: EntityTable<StoredPhoto, 'id'>
  outbox: EntityTable<OutboxEntry, 'seq'>
  receipts: EntityTable<Receipt, 'recordId'>
  reference: EntityTable<ReferenceData, 'key'>
  /** A photo taken but not yet accepted or retaken, one per intake; never synced (photo/pending.ts). */
  pendingShots: EntityTable<PendingShot, 'intakeId'>
  /** Staff opening a visitor's record here, waiting to be sent (audit/). Ids only. */
  auditTrail: EntityTable<DeviceAuditEntry, 'id'>
  /** The published FAQ entries, pulled by kind (sync/reference.ts), searched offline. Nothing personal. */
  faq: EntityTable<FaqReferenceItem, 'id'>
  /** 訂正依頼 filed after a visitor was cleared, until the server confirms them (then purged). */
  corrections: EntityTable<CorrectionRequestRecord, 'id'>
  /** 実施日程: planned sessions from today on, pulled by kind (sync/reference.ts). Staff names, no visitor. */
  schedule: EntityTable<SchedulePlanItem, 'id'>
}

export const DB_NAME = 'madoguchi'

export const db = new Dexie(DB_NAME) as MadoguchiDb

// Version 9: the schedule (実施日程), planned sessions the desk made, kept current by the reference
// pull by kind like the FAQ (its version in meta 'referenceVersions'); the tablet lists those from
// today on and starts one in a tap. Only the new table is named, so this needs no upgrade.
db.version(9).stores({ schedule: 'id, date' })

// Version 8: correction requests (訂正依頼) staff file for a visitor already sent and cleared, kept
// like notes until the server confirms them. Only the new table is named: the outbox and every other
// table stay as they are, so this needs no upgrade. (Session end and 未完了のまま閉じる are fields of
// the session and intake records, which need no index.)
db.version(8).stores({ corrections: 'id, sessionId' })

// Version 7: the published FAQ, one row per entry, kept current by the reference pull by kind (each
// kind with its own version in meta 'referenceVersions'; deletions remove rows). Only the new table is
// named: every other table, outbox included, stays as it is, so this needs no upgrade.
db.version(7).stores({ faq: 'id, number' })

// Version 6: consents are the visitor's answer (同意あり / 同意なし) in `intakes.consents`, no longer
// document checks (確認済 / なし / 対象外) in `intakes.checks`: each stored intake moves them over
// (確認済 → agreed, なし → declined, 対象外 → unanswered, asked again; shared/src/intake/consent.ts).
// The record's version is not raised: the server reads either shape the same way, so a queued or
// already-sent copy means the same thing. Pending shots: a photo taken but not yet accepted, kept
// through a lock or a reload (outreach/photo/pending.ts), one per intake. Outbox unchanged.
db.version(6)
  .stores({ pendingShots: 'intakeId, sessionId' })
  .upgrade(async (tx) => {
    const references = await tx.table<ReferenceData, string>('reference').toArray()
    const templates = [...DEFAULT_CHECKLIST_TEMPLATES, ...references.flatMap((r) => r.templates ?? [])]
    const consentIds = [
      ...new Set(templates.flatMap((t) => t.items.filter((i) => i.kind === 'consent').map((i) => i.id))),
    ]
    await tx
      .table<IntakeRecord, string>('intakes')
      .toCollection()
      .modify((intake, ref) => {
        ref.value = withConsentsMoved(intake, consentIds)
      })
  })

// Version 5: the device audit trail (who opened which visitor's record, when), ids only, keyed by
// its UUIDv7 so key order is time order. Only the new table is named: Dexie keeps every table of the
// versions below as it is, outbox included, so this needs no upgrade and stacks on any version 4.
db.version(5).stores({ auditTrail: 'id' })

// Version 3: receipts indexed by session, so a session's visitor count and next number include the
// intakes already sent and purged; intake receipts gain their visitor number. Outbox unchanged.
db.version(3)
  .stores({
    meta: 'key',
    outreachSessions: 'id, date',
    intakes: 'id, sessionId',
    notes: 'id, sessionId, intakeId',
    photos: 'id, sessionId, intakeId',
    outbox: '++seq, &mutationId, recordId, state',
    receipts: 'recordId, sessionId',
    reference: 'key',
  })
  .upgrade(async (tx) => {
    // An intake confirmed but still in its grace period has its number here; once purged it would not.
    const receipts = tx.table<Receipt, string>('receipts')
    const unnumbered = await receipts
      .filter((r) => r.entity === 'intake' && r.visitorNo === undefined)
      .toArray()
    const intakes = await tx.table<IntakeRecord, string>('intakes').bulkGet(unnumbered.map((r) => r.recordId))
    const numbered = unnumbered.flatMap((receipt, i) => {
      const intake = intakes[i]
      return intake ? [{ ...receipt, visitorNo: intake.visitorNo }] : []
    })
    if (numbered.length) await receipts.bulkPut(numbered)
  })

// Version 2: the outreach records, their photos, the outbox, receipts and reference data.
db.version(2).stores({
  meta: 'key',
  outreachSessions: 'id, date',
  intakes: 'id, sessionId',
  notes: 'id, sessionId, intakeId',
  photos: 'id, sessionId, intakeId',
  outbox: '++seq, &mutationId, recordId, state',
  receipts: 'recordId',
  reference: 'key',
})

// Version 1: the cached sign-in (so the tablet can open offline). No outbox yet.
db.version(1).stores({
  meta: 'key',
})
