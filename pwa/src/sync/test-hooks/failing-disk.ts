import { Dexie } from 'dexie'
import { saveIntake } from '../../db/records'
import { DB_NAME, db } from '../../db/schema'
import { guardedSave } from '../../outreach/storage'

/**
 * A failing disk at the Dexie layer: while on, every write the app makes is refused with the
 * AbortError Chromium gave on a nearly full disk (reads still work), as the browser would.
 */
let failWrites = false
export function setFailWrites(on: boolean): void {
  failWrites = on
}

db.use({
  stack: 'dbcore',
  name: 'test-failing-disk',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name)
      return {
        ...table,
        mutate: (request) =>
          failWrites
            ? Promise.reject(new DOMException('The transaction was aborted', 'AbortError'))
            : table.mutate(request),
      }
    },
  }),
})

/** Save an intake's memo as the screen does (through the guard that notices a full disk). */
export async function saveMemo(id: string, memo: string): Promise<string | null> {
  const current = await db.intakes.get(id)
  if (!current) return 'missing'
  try {
    await guardedSave(() => saveIntake({ ...current, memo }))
    return null
  } catch (error) {
    return (error as Error).name
  }
}

/** What Chromium did on a full disk: the site's whole database deleted under the running app. */
export async function destroyDatabase(): Promise<void> {
  db.close()
  await Dexie.delete(DB_NAME)
}
