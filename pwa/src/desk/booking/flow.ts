import type { Booking, BookingTypeCode, Hold, ReadBackKind, Slot } from '@madoguchi/shared'

/**
 * The state of one call at the desk, as a pure reducer: which booking type, how many people, the
 * free slots and the cursor walking them, the hold (仮押さえ), the search results and the booking
 * open on screen. The hook `useBookingDesk` does the I/O and dispatches what came back.
 */
export interface FlowState {
  /** idle: just searching; new: taking a new booking; existing: a booking is open. */
  mode: 'idle' | 'new' | 'existing'
  type: BookingTypeCode | null
  people: number
  slots: readonly Slot[]
  cursor: number
  hold: Hold | null
  results: readonly Booking[] | null
  resultCursor: number
  openedId: string | null
  /** Choosing a new slot for the open booking. */
  moving: boolean
  /** Raised whenever the list is emptied for a new question (type, party, move), so it is asked again. */
  slotsAsked: number
  /** What the read-back reads: the last thing done to the open booking, and to whom. */
  happened: Happened | null
}

/**
 * The last thing done at the desk and the bookings it was done to. Opening a booking only looks it
 * up (ids empty: the read-back covers the live party, each with their own time).
 */
export interface Happened {
  kind: ReadBackKind
  ids: readonly string[]
}

export const MAX_PARTY = 8

export const initialFlow: FlowState = {
  mode: 'idle',
  type: null,
  people: 1,
  slots: [],
  cursor: 0,
  hold: null,
  results: null,
  resultCursor: 0,
  openedId: null,
  moving: false,
  slotsAsked: 0,
  happened: null,
}

export type FlowAction =
  | { type: 'newBooking' }
  | { type: 'chooseType'; code: BookingTypeCode }
  | { type: 'setPeople'; people: number }
  | { type: 'slotsLoaded'; slots: readonly Slot[] }
  | { type: 'cursor'; delta: number }
  | { type: 'cursorTo'; index: number }
  | { type: 'cursorDay'; delta: number }
  | { type: 'held'; hold: Hold }
  | { type: 'holdGone' }
  | { type: 'results'; bookings: readonly Booking[] | null }
  | { type: 'resultCursor'; delta: number }
  | { type: 'open'; id: string; happened?: Happened }
  | { type: 'happened'; happened: Happened }
  | { type: 'startMove'; code: BookingTypeCode }
  | { type: 'endMove' }

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n))

/** The first slot of the next (delta 1) or previous (delta −1) day in the list; stays at the ends. */
export function dayCursor(slots: readonly Slot[], cursor: number, delta: number): number {
  const current = slots[cursor]
  if (!current) return 0
  if (delta > 0) {
    const next = slots.findIndex((s, i) => i > cursor && s.date !== current.date)
    return next === -1 ? cursor : next
  }
  // Backwards: the start of this day if we are inside it, else the start of the day before.
  const startOf = (i: number) => {
    const date = slots[i]?.date
    let j = i
    while (j > 0 && slots[j - 1]?.date === date) j--
    return j
  }
  const start = startOf(cursor)
  return start < cursor ? start : start === 0 ? 0 : startOf(start - 1)
}

/** A new question for the slot list: no list, no cursor, no hold, and a fresh request number. */
const emptySlots = (state: FlowState): FlowState => ({
  ...state,
  slots: [],
  cursor: 0,
  hold: null,
  slotsAsked: state.slotsAsked + 1,
})

export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'newBooking':
      return { ...emptySlots(state), mode: 'new', type: null, people: 1, moving: false, happened: null }
    case 'chooseType':
      // A different type needs different slots: the old list and hold no longer apply.
      return { ...emptySlots(state), type: action.code }
    case 'setPeople': {
      const people = clamp(action.people, 1, MAX_PARTY)
      return people === state.people ? state : { ...emptySlots(state), people }
    }
    case 'slotsLoaded':
      return { ...state, slots: action.slots, cursor: 0 }
    case 'cursor':
      return { ...state, cursor: clamp(state.cursor + action.delta, 0, Math.max(0, state.slots.length - 1)) }
    case 'cursorTo':
      return { ...state, cursor: clamp(action.index, 0, Math.max(0, state.slots.length - 1)) }
    case 'cursorDay':
      return { ...state, cursor: dayCursor(state.slots, state.cursor, action.delta) }
    case 'held':
      return { ...state, hold: action.hold }
    case 'holdGone':
      return { ...state, hold: null }
    case 'results':
      return { ...state, results: action.bookings, resultCursor: 0 }
    case 'resultCursor': {
      const last = Math.max(0, (state.results?.length ?? 0) - 1)
      return { ...state, resultCursor: clamp(state.resultCursor + action.delta, 0, last) }
    }
    case 'open':
      return {
        ...emptySlots(state),
        mode: 'existing',
        openedId: action.id,
        moving: false,
        happened: action.happened ?? { kind: 'lookedUp', ids: [] },
      }
    case 'happened':
      return { ...state, happened: action.happened }
    case 'startMove':
      return { ...emptySlots(state), moving: true, type: action.code, people: 1 }
    case 'endMove':
      return { ...emptySlots(state), moving: false }
  }
}

/** The slot under the cursor. */
export const cursorSlot = (state: FlowState): Slot | undefined => state.slots[state.cursor]

/** True when the hold is for the slot under the cursor (the one the operator is reading out). */
export function holdMatchesCursor(state: FlowState): boolean {
  const slot = cursorSlot(state)
  return !!slot && !!state.hold && state.hold.date === slot.date && state.hold.time === slot.time
}

/**
 * One idempotency key per booking attempt. The same request body sent again (a double press, a
 * retry after the network dropped) reuses the key, so the server answers with the booking it
 * already made; a changed body (a field fixed after a 422, another slot) is a new attempt.
 */
export interface Attempt {
  key: string
  body: string
}

export function attemptFor(previous: Attempt | null, body: string, makeKey: () => string): Attempt {
  return previous && previous.body === body ? previous : { key: makeKey(), body }
}
