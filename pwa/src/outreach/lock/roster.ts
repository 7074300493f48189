import type { PinHash, StaffPin } from '../../db/schema'
import { hashPin, PIN_ITERATIONS, verifyPin } from './pin'

/**
 * The tablet's PINs, one per staff member who signed in on it and chose one. The lock screen asks
 * who is unlocking, then that person's PIN, so two staff may even choose the same digits without
 * either learning the other's, and the app always knows by name who unlocked it.
 */

export interface Staff {
  id: string
  displayName: string
}

/** Add or replace the staff member's PIN (a salted hash; never the PIN). */
export async function enrol(
  roster: readonly StaffPin[],
  staff: Staff,
  pin: string,
  iterations = PIN_ITERATIONS,
): Promise<StaffPin[]> {
  return withPin(roster, staff, await hashPin(pin, iterations))
}

/**
 * `enrol` with the hash made beforehand: hashing awaits Web Crypto, which must not happen inside an
 * IndexedDB transaction (the transaction would commit while it waits).
 */
export function withPin(roster: readonly StaffPin[], staff: Staff, hash: PinHash): StaffPin[] {
  const entry: StaffPin = { staffId: staff.id, displayName: staff.displayName, ...hash }
  return [...roster.filter((p) => p.staffId !== staff.id), entry]
}

/** The staff member if `pin` is theirs; null for a wrong PIN or someone without a PIN here. */
export async function whoUnlocks(
  roster: readonly StaffPin[],
  staffId: string,
  pin: string,
): Promise<Staff | null> {
  const entry = roster.find((p) => p.staffId === staffId)
  if (!entry || !(await verifyPin(pin, entry))) return null
  return { id: entry.staffId, displayName: entry.displayName }
}

/**
 * Before PINs were per staff member the device had one, set by whoever was signed in; it becomes
 * that person's, so an updated tablet stays locked with the PIN its staff already know.
 */
export function fromLegacy(legacy: PinHash | undefined, signedIn: Staff): StaffPin[] {
  return legacy ? [{ staffId: signedIn.id, displayName: signedIn.displayName, ...legacy }] : []
}

/** Who may unlock, for the lock screen: names only. */
export function staffOf(roster: readonly StaffPin[]): Staff[] {
  return roster.map((p) => ({ id: p.staffId, displayName: p.displayName }))
}
