import {
  type ChecklistResult,
  evaluateChecklist,
  evaluateIntakes,
  type IntakeRecord,
} from '@madoguchi/shared'
import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '../../db/schema'
import { type Reference, templateFor, useReference } from '../reference'
import { heldWithSent } from './sent'

export interface IntakeSummary {
  intake: IntakeRecord
  result: ChecklistResult
}

/** One intake's checklist result (the intake screen, which reads its own photo and note counts). */
export function summarise(
  reference: Reference,
  intake: IntakeRecord,
  hasPhoto: boolean,
  noteCount: number,
  formIdDraft: string | null = null,
) {
  const template = templateFor(reference, intake.templateId, intake.templateVersion)
  const applicationFormId = formIdDraft ?? intake.applicationFormId
  const result = evaluateChecklist(template, { ...intake, applicationFormId, hasPhoto, noteCount })
  return { intake, result, hasPhoto, noteCount }
}

/**
 * Every visitor of a session with their checklist result, live. The same shared function judges them
 * in the office review, from what arrived on the server.
 */
export function useSessionIntakes(sessionId: string): IntakeSummary[] | undefined {
  const reference = useReference()
  const data = useLiveQuery(async () => {
    const [intakes, photos, notes, receipts] = await Promise.all([
      db.intakes.where('sessionId').equals(sessionId).sortBy('visitorNo'),
      db.photos
        .where('sessionId')
        .equals(sessionId)
        .toArray((all) => all.map((p) => ({ id: p.id, intakeId: p.intakeId }))),
      db.notes
        .where('sessionId')
        .equals(sessionId)
        .toArray((all) => all.map((n) => ({ id: n.id, intakeId: n.intakeId }))),
      db.receipts.where('sessionId').equals(sessionId).toArray(),
    ])
    // Sent and purged photos and notes still count (送信済): see sent.ts.
    return {
      intakes,
      photos: heldWithSent(photos, receipts, 'photo') as { intakeId: string }[],
      notes: heldWithSent(notes, receipts, 'consultation_note'),
    }
  }, [sessionId])
  if (!data) return undefined
  const results = evaluateIntakes(data.intakes, data, reference.templates)
  return data.intakes.map((intake) => ({ intake, result: results.get(intake.id) as ChecklistResult }))
}
