import { useEffect } from 'react'
import { sweepConfirmed } from './acknowledge'
import { holdOnScreen } from './on-screen'

/**
 * Keep a visitor (with their notes and photo) on the device while this screen shows them, even once
 * the server confirmed them. When the screen closes — back to the list, another visitor, or the lock,
 * which unmounts it — what waited for it is purged at once, with no network needed, so the lock never
 * leaves personal data behind.
 */
export function useOnScreen(id: string): void {
  useEffect(() => {
    const release = holdOnScreen(id)
    return () => {
      release()
      void sweepConfirmed().catch(() => undefined) // the next sync pass sweeps again
    }
  }, [id])
}
