import { type ChecklistResult, evaluateChecklist, type IntakeRecord } from '@madoguchi/shared'
import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '../../db/schema'
import { type Reference, templateFor, useReference } from '../reference'

export interface IntakeSummary {
  intake: IntakeRecord
  result: ChecklistResult
  hasPhoto: boolean
  noteCount: number
}

export function summarise(reference: Reference, intake: IntakeRecord, hasPhoto: boolean, noteCount: number) {
  const template = templateFor(reference, intake.templateId, intake.templateVersion)
  const result = evaluateChecklist(template, { ...intake, hasPhoto, noteCount })
  return { intake, result, hasPhoto, noteCount }
}

/** Every visitor of a session with their checklist result, live. */
export function useSessionIntakes(sessionId: string): IntakeSummary[] | undefined {
  const reference = useReference()
  const data = useLiveQuery(async () => {
    const [intakes, photoIntakeIds, notes] = await Promise.all([
      db.intakes.where('sessionId').equals(sessionId).sortBy('visitorNo'),
      db.photos
        .where('sessionId')
        .equals(sessionId)
        .toArray((photos) => photos.map((p) => p.intakeId)),
      db.notes.where('sessionId').equals(sessionId).toArray(),
    ])
    return { intakes, photoIntakeIds: new Set(photoIntakeIds), notes }
  }, [sessionId])
  if (!data) return undefined
  return data.intakes.map((intake) =>
    summarise(
      reference,
      intake,
      data.photoIntakeIds.has(intake.id),
      data.notes.filter((note) => note.intakeId === intake.id).length,
    ),
  )
}
