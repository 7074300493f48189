import type {
  ConsultationNoteRecord,
  CorrectionRequestRecord,
  IntakeRecord,
  OutreachSessionRecord,
} from '@madoguchi/shared'
import { db } from '../schema'
import { saveWithOutbox, stamp, type Unsaved } from './outbox'

export function saveOutreachSession(record: Unsaved<OutreachSessionRecord>): Promise<OutreachSessionRecord> {
  return saveWithOutbox('outreach_session', db.outreachSessions, stamp(record) as OutreachSessionRecord)
}

export function saveIntake(record: Unsaved<IntakeRecord>): Promise<IntakeRecord> {
  return saveWithOutbox('intake', db.intakes, stamp(record) as IntakeRecord)
}

/** 訂正依頼 for a visitor already sent and cleared (see CorrectionRequestRecord). */
export function saveCorrection(record: Unsaved<CorrectionRequestRecord>): Promise<CorrectionRequestRecord> {
  return saveWithOutbox('correction_request', db.corrections, stamp(record) as CorrectionRequestRecord)
}

/**
 * A new visitor. Its running number is read and the intake written in one transaction, so two quick
 * taps, or two tabs on the same tablet, can never be given the same number.
 */
export function addIntake(
  record: Omit<Unsaved<IntakeRecord>, 'visitorNo'>,
  visitorNo: (sessionId: string) => Promise<number>,
): Promise<IntakeRecord> {
  return saveWithOutbox('intake', db.intakes, async () =>
    stamp({ ...record, visitorNo: await visitorNo(record.sessionId) } as IntakeRecord),
  )
}

export function saveNote(record: Unsaved<ConsultationNoteRecord>): Promise<ConsultationNoteRecord> {
  return saveWithOutbox('consultation_note', db.notes, stamp(record) as ConsultationNoteRecord)
}
