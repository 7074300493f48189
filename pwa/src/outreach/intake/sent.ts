import type { Receipt } from '../../db/schema'

/**
 * Photos and notes the server confirmed and the device then purged still count for their visitor:
 * a visitor complete with an accepted photo stays complete (送信済) after the sync, not 不足あり.
 * Their receipts keep the intake's id (an id, nothing personal) for exactly this.
 */
/** What the device holds plus what it sent and purged, without counting a record twice. */
export function heldWithSent<T extends { id: string; intakeId: string | null }>(
  held: readonly T[],
  receipts: readonly Receipt[],
  entity: 'photo' | 'consultation_note',
): { intakeId: string | null }[] {
  const onDevice = new Set(held.map((r) => r.id))
  const sent = receipts.filter(
    (r) => r.entity === entity && !r.deleted && r.intakeId && !onDevice.has(r.recordId),
  )
  return [
    ...held.map((r) => ({ intakeId: r.intakeId })),
    ...sent.map((r) => ({ intakeId: r.intakeId ?? null })),
  ]
}
