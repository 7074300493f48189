import { PHOTO_RULES } from './rules'

/**
 * Whether bytes are a JPEG within the digital photo rules (rules.ts): SOI at the start, EOI at the
 * end, a frame header (SOF) whose sides are 480–6000 px, 20 KB – 7 MB. The server runs this on an
 * assembled upload before it keeps it, so a photo chunk can carry nothing but a face photo: a
 * text file or a 12-digit number sent as "photo bytes" is refused. The frame header is found by
 * walking the marker segments from the start, as a decoder does, up to the start of the scan.
 */
export type JpegProblem = 'not_jpeg' | 'no_frame' | 'dimensions' | 'file_too_small' | 'file_too_large'

export type JpegCheck = { ok: true; width: number; height: number } | { ok: false; problem: JpegProblem }

/** Start-of-frame markers: C0–CF except DHT (C4), JPG (C8) and DAC (CC). */
const isFrameMarker = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc

export function checkJpeg(bytes: Uint8Array): JpegCheck {
  if (bytes.length < PHOTO_RULES.minBytes) return { ok: false, problem: 'file_too_small' }
  if (bytes.length > PHOTO_RULES.maxBytes) return { ok: false, problem: 'file_too_large' }
  const n = bytes.length
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[n - 2] !== 0xff || bytes[n - 1] !== 0xd9) {
    return { ok: false, problem: 'not_jpeg' }
  }
  let at = 2
  while (at + 4 <= n) {
    if (bytes[at] !== 0xff) return { ok: false, problem: 'not_jpeg' }
    const marker = bytes[at + 1] ?? 0
    if (marker === 0xff) {
      at += 1 // fill byte
      continue
    }
    if (marker === 0xda || marker === 0xd9) return { ok: false, problem: 'no_frame' } // scan before any frame
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2 // markers without a length
      continue
    }
    const length = ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0)
    if (length < 2 || at + 2 + length > n) return { ok: false, problem: 'not_jpeg' }
    if (isFrameMarker(marker)) {
      if (length < 7) return { ok: false, problem: 'not_jpeg' }
      const height = ((bytes[at + 5] ?? 0) << 8) | (bytes[at + 6] ?? 0)
      const width = ((bytes[at + 7] ?? 0) << 8) | (bytes[at + 8] ?? 0)
      const inRange = (side: number) => side >= PHOTO_RULES.minSide && side <= PHOTO_RULES.maxSide
      return inRange(width) && inRange(height)
        ? { ok: true, width, height }
        : { ok: false, problem: 'dimensions' }
    }
    at += 2 + length
  }
  return { ok: false, problem: 'no_frame' }
}
