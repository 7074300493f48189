// Draws the app icons as PNG files with nothing but Node's zlib: a brand-blue tile with a light
// "window over a counter" (窓口) motif. Run `npm run icons -w @madoguchi/pwa` after changing it;
// the PNGs in public/icons/ are committed, so a build never needs this script.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

const BRAND = [0x1d, 0x4e, 0x89, 255] // also theme_color in vite.config.ts
const LIGHT = [0xe8, 0xf1, 0xfb, 255]
const CLEAR = [0, 0, 0, 0]
const SUPERSAMPLE = 4 // 4×4 samples per pixel for smooth edges

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons')

/** Signed distance from (x, y) to a rounded rectangle; negative inside. Units: fraction of the icon. */
function roundedRect(x, y, x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2
  const cy = (y0 + y1) / 2
  const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - r)
  const qy = Math.abs(y - cy) - ((y1 - y0) / 2 - r)
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r
}

/**
 * The colour at a point of the unit square. `maskable` fills the whole square (the platform cuts its
 * own shape) and shrinks the motif so it stays inside the central 80% safe circle.
 */
function colourAt(x, y, maskable) {
  if (!maskable && roundedRect(x, y, 0, 0, 1, 1, 0.18) > 0) return CLEAR
  // Scale the motif about the centre: 1 for the normal icon, 0.72 keeps it within radius 0.4.
  const s = maskable ? 0.72 : 1
  const u = 0.5 + (x - 0.5) / s
  const v = 0.5 + (y - 0.5) / s
  const inWindow = roundedRect(u, v, 0.25, 0.18, 0.75, 0.64, 0.05) <= 0
  const inPane = [
    [0.31, 0.24, 0.475, 0.385],
    [0.525, 0.24, 0.69, 0.385],
    [0.31, 0.435, 0.475, 0.58],
    [0.525, 0.435, 0.69, 0.58],
  ].some(([a, b, c, d]) => roundedRect(u, v, a, b, c, d, 0.015) <= 0)
  const inCounter = roundedRect(u, v, 0.16, 0.71, 0.84, 0.8, 0.03) <= 0
  if (inPane) return BRAND
  if (inWindow || inCounter) return LIGHT
  return BRAND
}

function render(size, maskable) {
  const rows = []
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4) // leading 0 = PNG filter type "None"
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0]
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const c = colourAt(
            (px + (sx + 0.5) / SUPERSAMPLE) / size,
            (py + (sy + 0.5) / SUPERSAMPLE) / size,
            maskable,
          )
          // Premultiply so transparent samples do not darken the edge.
          sum[0] += (c[0] * c[3]) / 255
          sum[1] += (c[1] * c[3]) / 255
          sum[2] += (c[2] * c[3]) / 255
          sum[3] += c[3]
        }
      }
      const n = SUPERSAMPLE * SUPERSAMPLE
      const alpha = sum[3] / n
      const at = 1 + px * 4
      for (let i = 0; i < 3; i++) row[at + i] = alpha ? Math.round((sum[i] / n / alpha) * 255) : 0
      row[at + 3] = Math.round(alpha)
    }
    rows.push(row)
  }
  return png(size, size, Buffer.concat(rows))
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes) {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

function png(width, height, raw) {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 6 // colour type RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

mkdirSync(outDir, { recursive: true })
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['maskable-512.png', 512, true],
  ['apple-touch-icon-180.png', 180, true],
]) {
  const file = join(outDir, name)
  writeFileSync(file, render(size, maskable))
  console.log(`wrote ${file}`)
}
