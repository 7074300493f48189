import type { DeletableEntity, DeleteMutation } from '@madoguchi/shared'
import type { OutboxEntry } from '../db/schema'

/** A deletion travels from its outbox entry alone: the record is already gone from the device. */
export function deletionOf(device: string, entry: OutboxEntry): DeleteMutation {
  const { sessionId, deletedAt, photoIds } = entry.deletion as NonNullable<OutboxEntry['deletion']>
  return {
    op: 'delete',
    mutationId: entry.mutationId,
    deviceId: device,
    recordId: entry.recordId,
    version: entry.version,
    entity: entry.entity as DeletableEntity,
    data: { id: entry.recordId, sessionId, deletedAt, photoIds, version: entry.version },
    ...(entry.actedBy ? { actedBy: entry.actedBy } : {}),
  }
}
