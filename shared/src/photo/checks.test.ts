import { describe, expect, it } from 'vitest'
import { checkPhoto, sizeProblems } from './checks'
import { type LumaImage, lumaOf } from './metrics'
import { centreCrop7x9, outputSize, PHOTO_RULES } from './rules'

/** A seeded generator, so the images are the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

/**
 * A face-like portrait as RGBA: plain light background, a skin-toned ellipse with darker hair,
 * eyes and mouth, and a little sensor noise, like a real passport photo at `width × height`.
 */
function portrait(width: number, height: number, options: { gain?: number; offset?: number } = {}) {
  const { gain = 1, offset = 0 } = options
  const rgba = new Uint8ClampedArray(width * height * 4)
  const next = random(7)
  const cx = width / 2
  const cy = height * 0.47
  const rx = width * 0.3
  const ry = height * 0.36
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const dx = (x - cx) / rx
      const dy = (y - cy) / ry
      const inFace = dx * dx + dy * dy <= 1
      let v = 205 // background
      if (inFace) v = dy < -0.55 ? 60 : 170 // hair, then skin
      const eye = (ex: number) =>
        ((x - ex) / (rx * 0.14)) ** 2 + ((y - (cy - ry * 0.1)) / (ry * 0.06)) ** 2 <= 1
      if (inFace && (eye(cx - rx * 0.4) || eye(cx + rx * 0.4))) v = 40
      if (inFace && Math.abs(y - (cy + ry * 0.45)) < ry * 0.03 && Math.abs(x - cx) < rx * 0.3) v = 90
      v = (v + (next() - 0.5) * 12) * gain + offset
      const p = (y * width + x) * 4
      rgba[p] = v
      rgba[p + 1] = v * 0.95
      rgba[p + 2] = v * 0.9
      rgba[p + 3] = 255
    }
  }
  return rgba
}

/** Box blur, run twice: what a shaken hand or a missed focus does to the edges. */
function blur(image: LumaImage, radius: number): LumaImage {
  let src = image.data
  for (let pass = 0; pass < 2; pass++) {
    const out = new Float32Array(src.length)
    for (let y = 0; y < image.height; y++) {
      for (let x = 0; x < image.width; x++) {
        let sum = 0
        let n = 0
        for (let d = -radius; d <= radius; d++) {
          const xx = Math.min(image.width - 1, Math.max(0, x + (pass === 0 ? d : 0)))
          const yy = Math.min(image.height - 1, Math.max(0, y + (pass === 1 ? d : 0)))
          sum += src[yy * image.width + xx] ?? 0
          n++
        }
        out[y * image.width + x] = sum / n
      }
    }
    src = out
  }
  return { data: src, width: image.width, height: image.height }
}

const W = 700
const H = 900
const good = lumaOf(portrait(W, H), W, H)
const check = (luma: LumaImage, width = W, height = H) => checkPhoto({ width, height, bytes: 250_000, luma })

describe('photo checks on images made here', () => {
  it('passes a sharp, well-exposed portrait', () => {
    expect(check(good).problems).toEqual([])
  })

  it('says too dark for an underexposed one', () => {
    const dark = lumaOf(portrait(W, H, { gain: 0.2 }), W, H)
    expect(check(dark).problems).toEqual(['too_dark'])
  })

  it('says too bright for an overexposed one', () => {
    const bright = lumaOf(portrait(W, H, { gain: 1, offset: 120 }), W, H)
    expect(check(bright).problems).toEqual(['too_bright'])
  })

  it('says blurred when the edges are smeared', () => {
    const result = check(blur(good, 12))
    expect(result.problems).toEqual(['blurred'])
    expect(result.measurements.sharpness).toBeLessThan(check(good).measurements.sharpness / 4)
  })

  it('says too small for a photo under 480 px a side, whatever its exposure', () => {
    const small = lumaOf(portrait(350, 450), 350, 450)
    expect(check(small, 350, 450).problems).toEqual(['too_small'])
  })

  it('judges sharpness the same at any resolution (it measures a downscaled copy)', () => {
    const big = lumaOf(portrait(1400, 1800), 1400, 1800)
    expect(check(big, 1400, 1800).problems).toEqual([])
  })
})

describe('size and ratio rules', () => {
  it('accepts the target size and flags the wrong ratio, over-size and file sizes', () => {
    expect(sizeProblems(1200, 1543, 300_000)).toEqual([])
    expect(sizeProblems(1200, 1200, 300_000)).toEqual(['wrong_ratio'])
    expect(sizeProblems(7000, 9000)).toEqual(['too_large'])
    expect(sizeProblems(1200, 1543, 10_000)).toEqual(['file_too_small'])
    expect(sizeProblems(1200, 1543, PHOTO_RULES.maxBytes + 1)).toEqual(['file_too_large'])
  })

  it('crops the largest centred 7:9 rectangle and never upscales', () => {
    expect(centreCrop7x9(1280, 720)).toEqual({ x: 360, y: 0, width: 560, height: 720 })
    expect(centreCrop7x9(700, 2000)).toEqual({ x: 0, y: 550, width: 700, height: 900 })
    expect(outputSize({ width: 560, height: 720 })).toEqual({ width: 560, height: 720 })
    expect(outputSize({ width: 2100, height: 2700 })).toEqual({ width: 1200, height: 1543 })
    for (const [w, h] of [
      [1920, 1080],
      [640, 480],
      [3024, 4032],
    ] as const) {
      const crop = centreCrop7x9(w, h)
      expect(sizeProblems(Math.max(crop.width, 480), Math.max(crop.height, 617))).not.toContain('wrong_ratio')
    }
  })
})
