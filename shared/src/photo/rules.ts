/**
 * The face photo rules (docs/design/domain-facts.md). Printed: 45 mm high × 35 mm wide, the face
 * (head top to chin) about 34 mm with about 4 mm above the head. Digital: JPEG, each side
 * 480–6000 px, 20 KB – 7 MB. madoguchi keeps a 7:9 JPEG near 1200×1543 px.
 */
export const PHOTO_RULES = {
  ratio: { width: 7, height: 9 },
  /** Allowed drift from 7:9 after rounding to whole pixels. */
  ratioTolerance: 0.01,
  minSide: 480,
  maxSide: 6000,
  minBytes: 20 * 1024,
  maxBytes: 7 * 1024 * 1024,
  target: { width: 1200, height: 1543 },
  /** JPEG quality the tablet starts from; lowered only if a photo would exceed maxBytes. */
  jpegQuality: 0.9,
} as const

/**
 * Where the guide lines sit, as fractions of the photo's height from the top: the head's top at
 * 4 mm of 45, the chin at 4 + 34 = 38 mm of 45 (with the ±2 mm tolerance as a band).
 */
export const PHOTO_GUIDE = {
  headTop: 4 / 45,
  chin: 38 / 45,
  tolerance: 2 / 45,
} as const

export interface CropRect {
  x: number
  y: number
  width: number
  height: number
}

/** The largest centred 7:9 rectangle inside a frame: what the on-screen guide shows and the photo keeps. */
export function centreCrop7x9(frameWidth: number, frameHeight: number): CropRect {
  const { width: rw, height: rh } = PHOTO_RULES.ratio
  let width = frameWidth
  let height = Math.round((frameWidth * rh) / rw)
  if (height > frameHeight) {
    height = frameHeight
    width = Math.round((frameHeight * rw) / rh)
  }
  return { x: Math.floor((frameWidth - width) / 2), y: Math.floor((frameHeight - height) / 2), width, height }
}

/** The size to encode a crop at: the target size, or the crop itself when smaller (never upscaled). */
export function outputSize(crop: { width: number; height: number }): { width: number; height: number } {
  if (crop.width <= PHOTO_RULES.target.width) return { width: crop.width, height: crop.height }
  return { ...PHOTO_RULES.target }
}
