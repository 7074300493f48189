import type { SessionInfo } from '@madoguchi/shared'
import { Dexie, type EntityTable } from 'dexie'

/**
 * The device database, `madoguchi`, and every version of its schema, in this one file.
 *
 * Rules for changing it (architecture: sync invariant 7):
 * - never edit a version that has shipped; add `db.version(n + 1)` with the new stores and an
 *   `.upgrade()` that converts existing rows;
 * - from the version that adds the `outbox` table on, every later version MUST keep `outbox` and
 *   migrate its rows: unsent work lives only there, and dropping it loses a visitor's record;
 * - keep the old `db.version(...)` declarations below the new ones, so Dexie can upgrade any device.
 */

/** Small device-level facts keyed by name. Never personal data about visitors. */
export type MetaEntry = { key: 'session'; value: SessionInfo }
export type MetaKey = MetaEntry['key']

export type MadoguchiDb = Dexie & {
  meta: EntityTable<MetaEntry, 'key'>
}

export const DB_NAME = 'madoguchi'

export const db = new Dexie(DB_NAME) as MadoguchiDb

// Version 1: the cached sign-in (so the tablet can open offline). No outbox yet.
db.version(1).stores({
  meta: 'key',
})
