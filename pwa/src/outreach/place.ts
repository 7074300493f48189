import type { IntakeStep } from '@madoguchi/shared'
import { create } from 'zustand'
import { db, type OutreachPlace } from '../db/schema'

/**
 * Which session, visitor and step the tablet shows. UI state only (zustand), mirrored to db.meta so
 * a reload, a closed tab or a restarted browser opens where staff were.
 */
type PlaceState = OutreachPlace & { loaded: boolean }

export const usePlace = create<PlaceState>(() => ({
  sessionId: null,
  intakeId: null,
  step: 'purpose',
  loaded: false,
}))

export async function loadPlace(): Promise<void> {
  try {
    const entry = await db.meta.get('outreachPlace')
    const place = entry?.key === 'outreachPlace' ? entry.value : null
    usePlace.setState({ ...(place ?? {}), loaded: true })
  } catch {
    usePlace.setState({ loaded: true })
  }
}

function go(place: Partial<OutreachPlace>): void {
  usePlace.setState(place)
  const { sessionId, intakeId, step } = usePlace.getState()
  // Losing the place only costs a tap, so a failed write is not worth bothering staff with.
  db.meta.put({ key: 'outreachPlace', value: { sessionId, intakeId, step } }).catch(() => undefined)
}

export const openSession = (sessionId: string | null) => go({ sessionId, intakeId: null, step: 'purpose' })
export const openIntake = (intakeId: string | null, step: IntakeStep = 'purpose') => go({ intakeId, step })
export const openStep = (step: IntakeStep) => go({ step })
