import { useEffect } from 'react'
import { create } from 'zustand'
import { isStorageFailure } from '../db/records'
import { requestSync } from '../sync/request'

/**
 * Device storage: ask once for persistent storage (so the browser does not evict unsent records
 * under pressure), show used/free, and turn a full disk into one plain message for staff.
 */

type StorageState = {
  persisted: boolean | null
  usage: number | null
  quota: number | null
  /**
   * Set when a save failed in a way that may mean a full disk (any failure of the storage itself);
   * cleared by the next successful save. While set, no photo is taken and the outbox is sent at once.
   */
  full: boolean
}

export const useStorage = create<StorageState>(() => ({
  persisted: null,
  usage: null,
  quota: null,
  full: false,
}))

/** Below this much free space the status area warns before a save can fail. */
export const LOW_FREE_BYTES = 50 * 1024 * 1024

export async function refreshEstimate(): Promise<void> {
  try {
    const estimate = await navigator.storage?.estimate?.()
    if (estimate) useStorage.setState({ usage: estimate.usage ?? null, quota: estimate.quota ?? null })
  } catch {
    // No estimate in this browser: the status shows "unknown".
  }
}

export async function requestPersistence(): Promise<void> {
  try {
    const storage = navigator.storage
    if (!storage?.persist) return
    const persisted = (await storage.persisted()) || (await storage.persist())
    useStorage.setState({ persisted })
  } catch {
    useStorage.setState({ persisted: false })
  }
}

/**
 * Run a save; a failure that may mean a full disk is remembered for the banner (which stops the
 * camera) and rethrown so the caller keeps its input, and what is unsent is sent at once: the
 * browser may delete the whole database next, and what the server holds is then safe.
 */
export async function guardedSave<T>(save: () => Promise<T>): Promise<T> {
  try {
    const result = await save()
    if (useStorage.getState().full) useStorage.setState({ full: false })
    return result
  } catch (error) {
    if (isStorageFailure(error)) {
      useStorage.setState({ full: true })
      void requestSync()
    }
    throw error
  } finally {
    void refreshEstimate()
  }
}

/** Keep the estimate fresh while the outreach app is open. */
export function useStorageWatch(): void {
  useEffect(() => {
    void requestPersistence()
    void refreshEstimate()
    const timer = setInterval(() => void refreshEstimate(), 30_000)
    return () => clearInterval(timer)
  }, [])
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(0, Math.round(bytes / 1024))} KB`
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`
}
