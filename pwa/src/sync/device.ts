import { newId } from '@madoguchi/shared'
import { db } from '../db/schema'
import { readMarker } from './marker'

/**
 * This device's id, made once and kept: the server records which device sent each mutation. A
 * database the browser replaced takes it back from the marker kept outside it (marker.ts).
 */
export async function deviceId(): Promise<string> {
  const entry = await db.meta.get('deviceId')
  if (entry?.key === 'deviceId') return entry.value
  const id = readMarker()?.deviceId ?? newId()
  await db.meta.put({ key: 'deviceId', value: id })
  return id
}

export async function markSynced(at: Date): Promise<void> {
  await db.meta.put({ key: 'lastSyncAt', value: at.toISOString() })
}
