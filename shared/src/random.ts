// shared/ compiles without DOM or Node types; both browsers and Node 20 put Web Crypto here.
type WebCrypto = { getRandomValues<T extends Uint8Array>(array: T): T }
const webCrypto = (): WebCrypto => (globalThis as unknown as { crypto: WebCrypto }).crypto

// Random bytes drawn 4 KiB at a time: one getRandomValues call costs more than the rest of making an
// id or a booking reference, and the server makes several of both for every booking.
let pool = new Uint8Array(0)
let poolAt = 0

/** `n` cryptographically random bytes (a copy: callers may keep them). */
export function randomBytes(n: number): Uint8Array {
  if (poolAt + n > pool.length) {
    pool = webCrypto().getRandomValues(new Uint8Array(Math.max(4096, n)))
    poolAt = 0
  }
  poolAt += n
  return pool.slice(poolAt - n, poolAt)
}

/**
 * A small seeded generator (mulberry32) in [0, 1): the same sequence for the same seed, for demo data
 * and tests that must replay. Never for anything secret.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
