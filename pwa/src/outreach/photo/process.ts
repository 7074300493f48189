import {
  centreCrop7x9,
  checkPhoto,
  lumaOf,
  METRIC_SIDE,
  outputSize,
  PHOTO_RULES,
  type PhotoCheck,
} from '@madoguchi/shared'
import { sha256Hex } from '../../app/sha256'

/**
 * Shutter → a JPEG that meets the digital rules: crop the centre 7:9 (what the on-screen guide
 * shows), scale to at most 1200×1543, encode, measure, hash. Runs on a canvas in the page: at this
 * size it takes tens of milliseconds even on a slow tablet (see `npm run bench:photo`).
 */
export interface ProcessedPhoto {
  blob: Blob
  width: number
  height: number
  sha256: string
  check: PhotoCheck
}

type Canvas = OffscreenCanvas | HTMLCanvasElement

function canvas(width: number, height: number): Canvas {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height)
  const element = document.createElement('canvas')
  element.width = width
  element.height = height
  return element
}

function context(target: Canvas): CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D {
  const ctx = target.getContext('2d', { willReadFrequently: false }) as
    | CanvasRenderingContext2D
    | OffscreenCanvasRenderingContext2D
    | null
  if (!ctx) throw new Error('no 2d canvas')
  return ctx
}

function encode(target: Canvas, quality: number): Promise<Blob> {
  if ('convertToBlob' in target) return target.convertToBlob({ type: 'image/jpeg', quality })
  return new Promise((resolve, reject) =>
    target.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('encode failed'))),
      'image/jpeg',
      quality,
    ),
  )
}

/** Encode within 20 KB – 7 MB: lower the quality for a huge file, raise it for a tiny one. */
async function encodeWithinRules(target: Canvas): Promise<Blob> {
  let quality: number = PHOTO_RULES.jpegQuality
  let blob = await encode(target, quality)
  while (blob.size > PHOTO_RULES.maxBytes && quality > 0.5) {
    quality -= 0.1
    blob = await encode(target, quality)
  }
  if (blob.size < PHOTO_RULES.minBytes) blob = await encode(target, 1)
  return blob
}

/** Exposure and sharpness are measured on a small copy: the canvas scales it down in one step. */
function measureCopy(source: Canvas, width: number, height: number) {
  const scale = Math.min(1, METRIC_SIDE / Math.max(width, height))
  const w = Math.max(1, Math.round(width * scale))
  const h = Math.max(1, Math.round(height * scale))
  const small = canvas(w, h)
  const ctx = context(small)
  ctx.drawImage(source, 0, 0, w, h)
  return lumaOf(ctx.getImageData(0, 0, w, h).data, w, h)
}

export async function processFrame(
  source: CanvasImageSource,
  frameWidth: number,
  frameHeight: number,
): Promise<ProcessedPhoto> {
  const crop = centreCrop7x9(frameWidth, frameHeight)
  const size = outputSize(crop)
  const target = canvas(size.width, size.height)
  const ctx = context(target)
  ctx.imageSmoothingQuality = 'high'
  ctx.drawImage(source, crop.x, crop.y, crop.width, crop.height, 0, 0, size.width, size.height)
  const blob = await encodeWithinRules(target)
  const luma = measureCopy(target, size.width, size.height)
  const check = checkPhoto({ ...size, bytes: blob.size, luma })
  return { blob, ...size, sha256: await sha256Hex(blob), check }
}

/** A chosen image file goes through the same crop, encode and checks as a camera frame. */
export async function processFile(file: Blob): Promise<ProcessedPhoto> {
  const bitmap = await createImageBitmap(file)
  try {
    return await processFrame(bitmap, bitmap.width, bitmap.height)
  } finally {
    bitmap.close()
  }
}
