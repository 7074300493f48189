/**
 * Pixel metrics over plain arrays, so the same code runs in the browser (ImageData) and in tests.
 * Luma is Rec. 601 (0–255). Sharpness is the variance of the Laplacian on a downscaled luma image:
 * a blurred photo has few strong second derivatives, so the variance falls.
 */

export interface LumaImage {
  data: Float32Array
  width: number
  height: number
}

/** RGBA bytes (ImageData.data) to luma. */
export function lumaOf(rgba: ArrayLike<number>, width: number, height: number): LumaImage {
  const data = new Float32Array(width * height)
  for (let i = 0, p = 0; i < data.length; i++, p += 4) {
    data[i] = 0.299 * (rgba[p] ?? 0) + 0.587 * (rgba[p + 1] ?? 0) + 0.114 * (rgba[p + 2] ?? 0)
  }
  return { data, width, height }
}

/** Box-average down so the longer side is at most maxSide: metrics then do not depend on resolution. */
export function downscale(image: LumaImage, maxSide: number): LumaImage {
  const factor = Math.ceil(Math.max(image.width, image.height) / maxSide)
  if (factor <= 1) return image
  const width = Math.floor(image.width / factor)
  const height = Math.floor(image.height / factor)
  const data = new Float32Array(width * height)
  const area = factor * factor
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0
      for (let dy = 0; dy < factor; dy++) {
        const row = (y * factor + dy) * image.width + x * factor
        for (let dx = 0; dx < factor; dx++) sum += image.data[row + dx] ?? 0
      }
      data[y * width + x] = sum / area
    }
  }
  return { data, width, height }
}

export interface Exposure {
  mean: number
  /** Share of pixels at or below 16 (crushed shadows) and at or above 245 (blown highlights). */
  darkShare: number
  brightShare: number
}

export function exposureOf(image: LumaImage): Exposure {
  let sum = 0
  let dark = 0
  let bright = 0
  for (const v of image.data) {
    sum += v
    if (v <= 16) dark++
    else if (v >= 245) bright++
  }
  const n = image.data.length || 1
  return { mean: sum / n, darkShare: dark / n, brightShare: bright / n }
}

/** Variance of the 4-neighbour Laplacian over the interior pixels. */
export function laplacianVariance(image: LumaImage): number {
  const { data, width, height } = image
  let sum = 0
  let sumSq = 0
  let n = 0
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x
      const lap =
        (data[i - 1] ?? 0) +
        (data[i + 1] ?? 0) +
        (data[i - width] ?? 0) +
        (data[i + width] ?? 0) -
        4 * (data[i] ?? 0)
      sum += lap
      sumSq += lap * lap
      n++
    }
  }
  if (n === 0) return 0
  const mean = sum / n
  return sumSq / n - mean * mean
}
