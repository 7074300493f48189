/**
 * Record ids are UUIDv7 (RFC 9562) made on the device, so a tablet can create records offline and
 * they still sort by creation time on the server.
 *
 * Layout: 48-bit Unix ms | version 7 | 12-bit rand_a | variant 10 | 62-bit rand_b.
 * rand_a is a counter (RFC 9562 §6.2, method 1) so ids made in the same millisecond still sort in
 * the order they were made.
 */

import { randomBytes } from './random'

const MAX_COUNTER = 0xfff

let lastMs = -1
let counter = 0

/** Seeded below 0x800 so a burst in one millisecond has at least 2048 ids before it overflows. */
function seedCounter(): number {
  const [hi = 0, lo = 0] = randomBytes(2)
  return ((hi << 8) | lo) & 0x7ff
}

/** The timestamp and counter for the next id; never goes back, even if the clock does. */
function nextTick(): { ms: number; count: number } {
  const now = Date.now()
  if (now > lastMs) {
    lastMs = now
    counter = seedCounter()
  } else if (counter < MAX_COUNTER) {
    counter += 1
  } else {
    // The counter ran out: borrow the next millisecond rather than repeat or reorder.
    lastMs += 1
    counter = seedCounter()
  }
  return { ms: lastMs, count: counter }
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'))

export function newId(): string {
  const { ms, count } = nextTick()
  const bytes = randomBytes(16)
  // 48 bits do not fit in a 32-bit bitwise op, so split the timestamp arithmetically.
  const high = Math.floor(ms / 0x1_0000_0000)
  const low = ms % 0x1_0000_0000
  bytes[0] = (high >>> 8) & 0xff
  bytes[1] = high & 0xff
  bytes[2] = (low >>> 24) & 0xff
  bytes[3] = (low >>> 16) & 0xff
  bytes[4] = (low >>> 8) & 0xff
  bytes[5] = low & 0xff
  bytes[6] = 0x70 | (count >>> 8)
  bytes[7] = count & 0xff
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f)
  let hex = ''
  for (const b of bytes) hex += HEX[b]
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i

/** Any UUID in the canonical 8-4-4-4-12 form, whatever its version. */
export function isUuid(s: string): boolean {
  return UUID.test(s)
}

/** The creation time (Unix ms) carried in a UUIDv7. Throws on anything else, where it would mean nothing. */
export function uuidV7Time(id: string): number {
  if (!UUID_V7.test(id)) throw new RangeError(`not a UUIDv7: ${id}`)
  return Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16)
}
