import { hexOf } from '../../app/sha256'
import type { PinHash } from '../../db/schema'

/**
 * The device PIN is kept only as a salted PBKDF2-SHA-256 hash (Web Crypto), so reading IndexedDB
 * off a lost tablet does not give the PIN away at a glance. A 4–8 digit PIN is short; the hash is a
 * speed bump, the lock screen's job is to hide the screen from the next visitor.
 */
export const PIN_ITERATIONS = 200_000

export const isValidPin = (pin: string): boolean => /^\d{4,8}$/.test(pin)

/**
 * A PIN anyone would try first: one digit repeated (1111), or digits running up or down by one
 * (1234, 7890, 4321, 2109). Refused when chosen; the lock is only as good as its PIN.
 */
export function isTrivialPin(pin: string): boolean {
  const digits = [...pin].map(Number)
  const steps = digits.slice(1).map((d, i) => (d - (digits[i] as number) + 10) % 10)
  return steps.length > 0 && [0, 1, 9].some((step) => steps.every((s) => s === step))
}

const fromHex = (text: string) => new Uint8Array((text.match(/../g) ?? []).map((h) => Number.parseInt(h, 16)))

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ])
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  )
  return hexOf(bits)
}

export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16))
  return { salt: hexOf(salt), hash: await derive(pin, salt, iterations), iterations }
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const candidate = await derive(pin, fromHex(stored.salt), stored.iterations)
  // Compare every character so the time taken says nothing about how much matched.
  let diff = candidate.length ^ stored.hash.length
  for (let i = 0; i < candidate.length; i++) diff |= candidate.charCodeAt(i) ^ stored.hash.charCodeAt(i)
  return diff === 0
}
