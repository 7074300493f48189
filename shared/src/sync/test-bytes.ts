/**
 * Deterministic pseudo-random bytes (mulberry32), for the sync fault tests and the bench: the page
 * makes a photo's bytes from a seed, and the test makes the same bytes in Node to check, by hash, that
 * the server stored exactly them. Not exported from the package index; test code imports it by path.
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

/** `size` bytes from `seed`, starting with a JPEG SOI marker and ending with EOI, like a photo file. */
export function pseudoRandomBytes(seed: number, size: number): Uint8Array {
  const next = mulberry32(seed)
  const out = new Uint8Array(size)
  for (let i = 0; i < size; i += 4) {
    const word = (next() * 4294967296) >>> 0
    out[i] = word & 0xff
    if (i + 1 < size) out[i + 1] = (word >>> 8) & 0xff
    if (i + 2 < size) out[i + 2] = (word >>> 16) & 0xff
    if (i + 3 < size) out[i + 3] = word >>> 24
  }
  if (size >= 4) out.set([0xff, 0xd8], 0)
  if (size >= 4) out.set([0xff, 0xd9], size - 2)
  return out
}
