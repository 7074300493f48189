/**
 * Reads the cached sign-in (the 'session' row of the device database's meta table) with IndexedDB
 * itself rather than through Dexie: at start-up the desk needs nothing else from the device database,
 * and Dexie with the device schema is the largest file of the first load after the entry. Writes still
 * go through db/meta.ts. Must match `DB_NAME` and the meta table in db/schema.ts.
 */
const DB_NAME = 'madoguchi'

export function readSessionRow(): Promise<unknown> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest
    try {
      // No version: open whatever version the device has, never upgrade it (that is Dexie's job).
      request = indexedDB.open(DB_NAME)
    } catch {
      return resolve(undefined)
    }
    request.onupgradeneeded = () => {
      // No database yet: nothing is cached. Abort so that none is created here without its tables.
      request.transaction?.abort()
    }
    request.onerror = () => resolve(undefined)
    request.onblocked = () => resolve(undefined)
    request.onsuccess = () => {
      const database = request.result
      // Let Dexie upgrade the database in this or another tab without waiting for us.
      database.onversionchange = () => database.close()
      try {
        const read = database.transaction('meta', 'readonly').objectStore('meta').get('session')
        read.onsuccess = () => {
          resolve((read.result as { value?: unknown } | undefined)?.value)
          database.close()
        }
        read.onerror = () => {
          resolve(undefined)
          database.close()
        }
      } catch {
        // No meta table (a database from before it): nothing cached.
        database.close()
        resolve(undefined)
      }
    }
  })
}
