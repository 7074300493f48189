import { create } from 'zustand'
import { useScreenLocked } from '../../app/locked'
import { setActor } from '../../db/actor'
import { db, type StaffPin } from '../../db/schema'
import { hashPin } from './pin'
import { fromLegacy, type Staff, staffOf, whoUnlocks, withPin } from './roster'

/**
 * The shared-tablet lock. `setup` until the signed-in staff member has a PIN on this device; then
 * the app opens `locked` after a reload or restart, and locks itself after `afterMinutes` without a
 * touch or key. Each staff member who signed in here has their own PIN (see roster.ts); unlocking
 * names who unlocked.
 */
export type LockStatus = 'loading' | 'setup' | 'locked' | 'open'

export const LOCK_MINUTE_CHOICES = [1, 2, 5, 10, 15, 30] as const
export const DEFAULT_LOCK_MINUTES = 5

type LockState = {
  status: LockStatus
  afterMinutes: number
  /** Who may unlock this tablet (names only), for the lock screen. */
  staff: Staff[]
  /** Who unlocked it last; the lock screen offers them first. */
  unlockedBy: Staff | null
}
export const useLock = create<LockState>(() => ({
  status: 'loading',
  afterMinutes: DEFAULT_LOCK_MINUTES,
  staff: [],
  unlockedBy: null,
}))

// The shell hides sign-out and the outbox panel while locked (app/locked.ts).
useLock.subscribe((state) => {
  const locked = state.status === 'locked'
  if (useScreenLocked.getState().locked !== locked) useScreenLocked.setState({ locked })
})

/** Leaving the tablet (signed out): the next user starts from `loading`, not from this lock. */
export function resetLock(): void {
  useLock.setState({ status: 'loading', unlockedBy: null })
}

/**
 * A development and test setting: `?lockAfterSeconds=N` on the first URL shortens the idle time for
 * this page load. It can only make the lock come sooner, never later, so it weakens nothing.
 */
const override = (() => {
  if (typeof location === 'undefined') return null
  const value = Number(new URLSearchParams(location.search).get('lockAfterSeconds'))
  return Number.isInteger(value) && value > 0 && value <= 3600 ? value : null
})()

export function idleLimitMs(afterMinutes: number): number {
  const configured = afterMinutes * 60_000
  return override ? Math.min(configured, override * 1000) : configured
}

async function readRoster(signedIn: Staff): Promise<StaffPin[]> {
  return db.transaction('rw', db.meta, async () => {
    const stored = await db.meta.get('pins')
    if (stored?.key === 'pins') return stored.value
    const legacy = await db.meta.get('pin')
    const roster = fromLegacy(legacy?.key === 'pin' ? legacy.value : undefined, signedIn)
    await db.meta.put({ key: 'pins', value: roster })
    await db.meta.delete('pin')
    return roster
  })
}

export async function loadLock(signedIn: Staff): Promise<void> {
  const [roster, minutes] = await Promise.all([readRoster(signedIn), db.meta.get('lockAfterMinutes')])
  const afterMinutes = typeof minutes?.value === 'number' ? minutes.value : DEFAULT_LOCK_MINUTES
  // Someone who has just signed in with their password chooses their own PIN; it never unlocks
  // with a colleague's.
  const hasPin = roster.some((p) => p.staffId === signedIn.id)
  useLock.setState({ status: hasPin ? 'locked' : 'setup', afterMinutes, staff: staffOf(roster) })
}

export async function setPin(pin: string, staff: Staff): Promise<void> {
  const hash = await hashPin(pin) // before the transaction: see withPin
  const roster = await db.transaction('rw', db.meta, async () => {
    const stored = await db.meta.get('pins')
    const next = withPin(stored?.key === 'pins' ? stored.value : [], staff, hash)
    await db.meta.put({ key: 'pins', value: next })
    return next
  })
  useLock.setState({ staff: staffOf(roster) })
  opened(staff)
}

function opened(staff: Staff): void {
  setActor(staff.id)
  useLock.setState({ status: 'open', unlockedBy: staff })
}

/** After this many wrong PINs in a row, each further try waits WAIT_MS: guessing takes hours. */
export const FREE_TRIES = 5
export const WAIT_MS = 30_000
let wrongInARow = 0
let waitUntil = 0

export type UnlockResult = { ok: true } | { ok: false; waitSeconds: number }

export async function unlock(staffId: string, pin: string, now = Date.now()): Promise<UnlockResult> {
  if (now < waitUntil) return { ok: false, waitSeconds: Math.ceil((waitUntil - now) / 1000) }
  const stored = await db.meta.get('pins')
  const staff = await whoUnlocks(stored?.key === 'pins' ? stored.value : [], staffId, pin)
  if (!staff) {
    // Counted across names, so trying each colleague in turn is no faster than guessing one PIN.
    wrongInARow++
    if (wrongInARow >= FREE_TRIES) waitUntil = now + WAIT_MS
    return { ok: false, waitSeconds: wrongInARow >= FREE_TRIES ? WAIT_MS / 1000 : 0 }
  }
  wrongInARow = 0
  opened(staff)
  return { ok: true }
}

export function lock(): void {
  if (useLock.getState().status === 'open') useLock.setState({ status: 'locked' })
}

export async function setLockMinutes(afterMinutes: number): Promise<void> {
  useLock.setState({ afterMinutes })
  await db.meta.put({ key: 'lockAfterMinutes', value: afterMinutes }).catch(() => undefined)
}
