/** What a request that only counts while it is the latest one came to. */
export type Latest<T> = { stale: false; value: T } | { stale: true }

/**
 * Requests where only the latest one counts (the search box: the last search sent is the one the
 * caller is waiting for). Starting one aborts the one before; an answer that still arrives for an older
 * one (it was already on its way) comes back `stale`, so it can never overwrite the newer answer.
 * A failure of the latest request is thrown; a failure of an older one is only stale.
 */
export function latestOnly() {
  let current: AbortController | null = null
  return async function run<T>(work: (signal: AbortSignal) => Promise<T>): Promise<Latest<T>> {
    current?.abort()
    const mine = new AbortController()
    current = mine
    try {
      const value = await work(mine.signal)
      return current === mine ? { stale: false, value } : { stale: true }
    } catch (error) {
      if (current !== mine) return { stale: true }
      throw error
    }
  }
}
