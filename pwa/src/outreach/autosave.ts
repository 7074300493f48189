import { useCallback, useEffect, useRef } from 'react'
import { create } from 'zustand'

/**
 * Never lose a keystroke: a field's value is saved to Dexie a moment after it changes (debounced, so
 * typing is not one transaction per key), and at once when the field loses focus, the page is
 * hidden (tab switch, screen off) or unloaded. There is no save button to forget.
 */

/**
 * `waiting`: fields whose change waits for its save's moment (the debounce); `inFlight`: saves under
 * way. Either means what is on screen is not yet on the device, so the bar must not say 保存済み.
 */
type SaveState = { inFlight: number; waiting: number; failed: boolean }

/** How saving is going across the app, for the status area (and for tests to wait on). */
export const useSaveState = create<SaveState>(() => ({ inFlight: 0, waiting: 0, failed: false }))

const wait = (delta: 1 | -1) => useSaveState.setState((s) => ({ waiting: s.waiting + delta }))

const begin = () => useSaveState.setState((s) => ({ inFlight: s.inFlight + 1 }))
const end = (failed: boolean) => useSaveState.setState((s) => ({ inFlight: s.inFlight - 1, failed }))

/** Count a save in the status area (for saves made on a tap, not through useAutosave). */
export async function tracked<T>(save: () => Promise<T>): Promise<T> {
  begin()
  try {
    const result = await save()
    end(false)
    return result
  } catch (error) {
    end(true)
    throw error
  }
}

/**
 * The moment after the last keystroke when a field saves. Kept in an object the test build's hooks
 * may lengthen: a browser test then knows a purge in another tab came before the save, not after it.
 */
export const autosaveTiming = { delayMs: 300 }

export function useAutosave<T>(save: (value: T) => Promise<unknown>, delay = autosaveTiming.delayMs) {
  const saveRef = useRef(save)
  saveRef.current = save
  const pending = useRef<{ value: T } | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  const flush = useCallback(() => {
    clearTimeout(timer.current)
    const next = pending.current
    if (!next) return
    pending.current = null
    // Counted as in flight before it stops waiting, so the bar never says 保存済み in between.
    const saving = tracked(() => saveRef.current(next.value))
    wait(-1)
    saving.catch(() => {
      // Keep the value for the next try (the next change, blur or hide) unless newer input came.
      if (pending.current) return
      pending.current = next
      wait(1)
    })
  }, [])

  const schedule = useCallback(
    (value: T) => {
      if (!pending.current) wait(1)
      pending.current = { value }
      clearTimeout(timer.current)
      timer.current = setTimeout(flush, delay)
    },
    [flush, delay],
  )

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush()
    }
    document.addEventListener('visibilitychange', onVisibility)
    window.addEventListener('pagehide', flush)
    return () => {
      document.removeEventListener('visibilitychange', onVisibility)
      window.removeEventListener('pagehide', flush)
      flush() // leaving the screen saves what was typed
    }
  }, [flush])

  return { schedule, flush }
}
