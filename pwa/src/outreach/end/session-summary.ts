import {
  type IntakePurpose,
  type SessionEndSummary,
  summariseSession,
  type VisitorOutcome,
} from '@madoguchi/shared'
import type { Receipt } from '../../db/schema'

/** A visitor on the tablet as the summary counts them. */
export interface VisitorOnTablet {
  id: string
  purpose: IntakePurpose
  complete: boolean
}

/**
 * The session's summary on the tablet (実施回を終える): the visitors it holds and those already sent
 * and cleared (their receipts keep the purpose and whether they were closed as incomplete; a cleared
 * visitor otherwise left finished), photos and consultation notes held or sent. Deleted ones are not
 * counted. The server counts what arrived with the same rule (summariseSession).
 */
export function tabletSummary(
  visitors: readonly VisitorOnTablet[],
  held: { photos: readonly { id: string }[]; notes: readonly { id: string }[] },
  receipts: readonly Receipt[],
): { summary: SessionEndSummary; clearedIncomplete: number } {
  const onTablet = new Set([...visitors, ...held.photos, ...held.notes].map((r) => r.id))
  const cleared = receipts.filter((r) => !r.deleted && !onTablet.has(r.recordId))
  const clearedVisitors: VisitorOutcome[] = cleared
    .filter((r) => r.entity === 'intake')
    .map((r) => ({ ...(r.purpose ? { purpose: r.purpose } : {}), complete: !r.closedIncomplete }))
  const count = (entity: Receipt['entity']) => cleared.filter((r) => r.entity === entity).length
  return {
    summary: summariseSession(
      [...visitors, ...clearedVisitors],
      held.photos.length + count('photo'),
      held.notes.length + count('consultation_note'),
    ),
    clearedIncomplete: clearedVisitors.filter((v) => !v.complete).length,
  }
}
