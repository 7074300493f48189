import {
  type CategoryCode,
  type ChecklistTemplate,
  type IntakePurpose,
  type LocalDate,
  newId,
} from '@madoguchi/shared'
import { saveIntake, saveNote, saveOutreachSession } from '../db/records'
import { db } from '../db/schema'
import { tracked } from './autosave'
import { guardedSave } from './storage'

/** New records get their id on the device (UUIDv7) before the first save (sync invariant 1). */

export function createSession(siteId: string, date: LocalDate, staffNames: string[]) {
  return tracked(() => guardedSave(() => saveOutreachSession({ id: newId(), siteId, date, staffNames })))
}

/** The next running number in the session: one more than the highest, so a gap never repeats. */
async function nextVisitorNo(sessionId: string): Promise<number> {
  const intakes = await db.intakes.where('sessionId').equals(sessionId).toArray()
  return intakes.reduce((max, intake) => Math.max(max, intake.visitorNo), 0) + 1
}

/** A visitor becomes an intake the moment staff choose what they came for. */
export function createIntake(sessionId: string, purpose: IntakePurpose, template: ChecklistTemplate) {
  return tracked(async () => {
    const visitorNo = await nextVisitorNo(sessionId)
    return guardedSave(() =>
      saveIntake({
        id: newId(),
        sessionId,
        visitorNo,
        purpose,
        templateId: template.id,
        templateVersion: template.version,
        checks: {},
        applicationFormId: null,
        legalRepresentative: false,
        memo: '',
      }),
    )
  })
}

/** A consultation note starts when its category is chosen; the text follows. */
export function createNote(sessionId: string, intakeId: string | null, category: CategoryCode) {
  return tracked(() =>
    guardedSave(() => saveNote({ id: newId(), sessionId, intakeId, category, text: '', followUp: false })),
  )
}
