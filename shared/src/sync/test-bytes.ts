/**
 * Deterministic pseudo-random bytes (mulberry32), for the sync fault tests and the bench: the page
 * makes a photo's bytes from a seed, and the test makes the same bytes in Node to check, by hash, that
 * the server stored exactly them. Not exported from the package index; test code imports it by path.
 */
import { mulberry32 } from '../random'

export { mulberry32 }

/**
 * The head of a baseline JPEG as the server reads it (photo/jpeg.ts): SOI, a frame header (SOF0)
 * of `width` × `height` with three components, and the start of a scan. What follows is the scan.
 */
export function jpegHead(width = 1200, height = 1543): Uint8Array {
  return Uint8Array.from([
    0xff,
    0xd8, // SOI
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    0x03,
    0x01,
    0x22,
    0x00,
    0x02,
    0x11,
    0x01,
    0x03,
    0x11,
    0x01, // SOF0
    0xff,
    0xda,
    0x00,
    0x0c,
    0x03,
    0x01,
    0x00,
    0x02,
    0x11,
    0x03,
    0x11,
    0x00,
    0x3f,
    0x00, // SOS
  ])
}

/**
 * `size` bytes from `seed` that pass the server's JPEG check: a JPEG head (1200 × 1543), random
 * bytes as the scan, EOI at the end. Sizes below the 20 KB of the photo rules are refused by the
 * server, as a real photo that small would be.
 */
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
  const head = jpegHead()
  if (size >= head.length + 2) out.set(head, 0)
  if (size >= 4) out.set([0xff, 0xd9], size - 2)
  return out
}
