import type { IntakeStep } from '@madoguchi/shared'
import { useLiveQuery } from 'dexie-react-hooks'
import { db, type OutboxEntry } from '../db/schema'

/** The visitor a refused record belongs to: staff open them to correct it. Ids and a number only. */
export interface RejectedVisitor {
  sessionId: string
  intakeId: string
  visitorNo: number | null
}

/**
 * The visitor of a refused entry: the intake itself, or a note's or photo's intake, read from the
 * device (or, once it left, from its receipt). Null for a session or a note with no visitor.
 */
export async function visitorOf(entry: OutboxEntry): Promise<RejectedVisitor | null> {
  let intakeId: string | null | undefined
  if (entry.entity === 'intake') intakeId = entry.recordId
  else if (entry.entity === 'consultation_note') intakeId = (await db.notes.get(entry.recordId))?.intakeId
  else if (entry.entity === 'photo') intakeId = (await db.photos.get(entry.recordId))?.intakeId
  if (!intakeId) return null
  const intake = await db.intakes.get(intakeId)
  const receipt = intake ? undefined : await db.receipts.get(intakeId)
  const sessionId = intake?.sessionId ?? receipt?.sessionId
  if (!sessionId) return null
  return { sessionId, intakeId, visitorNo: intake?.visitorNo ?? receipt?.visitorNo ?? null }
}

/** The intakes with a refused record of their own or of a note or photo, for the visitor list's mark. */
export function useRejectedIntakes(): ReadonlySet<string> {
  return (
    useLiveQuery(async () => {
      const refused = await db.outbox.where('state').equals('rejected').toArray()
      const visitors = await Promise.all(refused.map(visitorOf))
      return new Set(visitors.flatMap((v) => (v ? [v.intakeId] : [])))
    }) ?? EMPTY
  )
}

const EMPTY: ReadonlySet<string> = new Set()

/** The intake field a refused field path names ("data.memo", "data.checks.doc_1" → memo, checks). */
const FIELD_STEP: Record<string, IntakeStep> = {
  purpose: 'purpose',
  checks: 'identity',
  legalRepresentative: 'identity',
  templateId: 'form',
  templateVersion: 'form',
  applicationFormId: 'form',
  memo: 'form',
  consents: 'photo',
}

/**
 * The step where staff fix a refused record: a photo's or note's own step, and for an intake the step
 * of the first field the server named (a memo holding an individual number opens 申請書, where the memo
 * is typed); the review step when no field is named.
 */
export function stepToFix(entry: Pick<OutboxEntry, 'entity' | 'rejection'>): IntakeStep {
  if (entry.entity === 'photo') return 'photo'
  if (entry.entity === 'consultation_note') return 'consultation'
  for (const path of Object.keys(entry.rejection?.fields ?? {})) {
    const segments = path.split('.')
    const field = segments[0] === 'data' ? segments[1] : segments[0]
    const step = field === undefined ? undefined : FIELD_STEP[field]
    if (step) return step
  }
  return 'review'
}
