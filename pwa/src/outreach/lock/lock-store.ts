import { create } from 'zustand'
import { db } from '../../db/schema'
import { hashPin, verifyPin } from './pin'

/**
 * The shared-tablet lock. `setup` until a PIN is set on this device; then the app opens `locked`
 * after a reload or restart, and locks itself after `afterMinutes` without a touch or key.
 */
export type LockStatus = 'loading' | 'setup' | 'locked' | 'open'

export const LOCK_MINUTE_CHOICES = [1, 2, 5, 10, 15, 30] as const
export const DEFAULT_LOCK_MINUTES = 5

type LockState = { status: LockStatus; afterMinutes: number }
export const useLock = create<LockState>(() => ({ status: 'loading', afterMinutes: DEFAULT_LOCK_MINUTES }))

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

export async function loadLock(): Promise<void> {
  const [pin, minutes] = await Promise.all([db.meta.get('pin'), db.meta.get('lockAfterMinutes')])
  const afterMinutes = typeof minutes?.value === 'number' ? minutes.value : DEFAULT_LOCK_MINUTES
  useLock.setState({ status: pin ? 'locked' : 'setup', afterMinutes })
}

export async function setPin(pin: string): Promise<void> {
  await db.meta.put({ key: 'pin', value: await hashPin(pin) })
  useLock.setState({ status: 'open' })
}

/** After this many wrong PINs in a row, each further try waits WAIT_MS: guessing takes hours. */
export const FREE_TRIES = 5
export const WAIT_MS = 30_000
let wrongInARow = 0
let waitUntil = 0

export type UnlockResult = { ok: true } | { ok: false; waitSeconds: number }

export async function unlock(pin: string, now = Date.now()): Promise<UnlockResult> {
  if (now < waitUntil) return { ok: false, waitSeconds: Math.ceil((waitUntil - now) / 1000) }
  const entry = await db.meta.get('pin')
  if (entry?.key !== 'pin' || !(await verifyPin(pin, entry.value))) {
    wrongInARow++
    if (wrongInARow >= FREE_TRIES) waitUntil = now + WAIT_MS
    return { ok: false, waitSeconds: wrongInARow >= FREE_TRIES ? WAIT_MS / 1000 : 0 }
  }
  wrongInARow = 0
  useLock.setState({ status: 'open' })
  return { ok: true }
}

export function lock(): void {
  if (useLock.getState().status === 'open') useLock.setState({ status: 'locked' })
}

export async function setLockMinutes(afterMinutes: number): Promise<void> {
  useLock.setState({ afterMinutes })
  await db.meta.put({ key: 'lockAfterMinutes', value: afterMinutes }).catch(() => undefined)
}
