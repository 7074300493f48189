import {
  type CategoryCode,
  type ChecklistTemplate,
  type IntakePurpose,
  type LocalDate,
  newId,
} from '@madoguchi/shared'
import { addIntake, saveNote, saveOutreachSession } from '../db/records'
import { tracked } from './autosave'
import { nextVisitorNo } from './session/visitors'
import { guardedSave } from './storage'

/** New records get their id on the device (UUIDv7) before the first save (sync invariant 1). */

export function createSession(siteId: string, date: LocalDate, staffNames: string[], plannedId?: string) {
  return tracked(() =>
    guardedSave(() =>
      saveOutreachSession({ id: newId(), siteId, date, staffNames, ...(plannedId ? { plannedId } : {}) }),
    ),
  )
}

/** A visitor becomes an intake the moment staff choose what they came for. */
export function createIntake(sessionId: string, purpose: IntakePurpose, template: ChecklistTemplate) {
  return tracked(() =>
    guardedSave(() =>
      addIntake(
        {
          id: newId(),
          sessionId,
          purpose,
          templateId: template.id,
          templateVersion: template.version,
          checks: {},
          applicationFormId: null,
          legalRepresentative: false,
          memo: '',
        },
        // Counts the visitors already sent and purged too, so numbering never restarts (see visitors.ts).
        nextVisitorNo,
      ),
    ),
  )
}

/** A consultation note starts when its category is chosen; the text follows. */
export function createNote(sessionId: string, intakeId: string | null, category: CategoryCode) {
  return tracked(() =>
    guardedSave(() => saveNote({ id: newId(), sessionId, intakeId, category, text: '', followUp: false })),
  )
}
