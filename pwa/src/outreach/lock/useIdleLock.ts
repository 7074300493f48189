import { useEffect } from 'react'
import { idleLimitMs, lock, useLock } from './lock-store'

const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'input', 'wheel'] as const

/** Lock after the configured time with no touch, key or input. */
export function useIdleLock(): void {
  const status = useLock((s) => s.status)
  const afterMinutes = useLock((s) => s.afterMinutes)
  useEffect(() => {
    if (status !== 'open') return
    let last = Date.now()
    const touch = () => {
      last = Date.now()
    }
    for (const type of ACTIVITY) window.addEventListener(type, touch, { passive: true, capture: true })
    const limit = idleLimitMs(afterMinutes)
    const timer = setInterval(() => {
      if (Date.now() - last >= limit) lock()
    }, 1000)
    return () => {
      clearInterval(timer)
      for (const type of ACTIVITY) window.removeEventListener(type, touch, { capture: true })
    }
  }, [status, afterMinutes])
}
