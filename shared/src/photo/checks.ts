import { downscale, exposureOf, type LumaImage, laplacianVariance } from './metrics'
import { PHOTO_RULES } from './rules'

/**
 * The measured checks staff see before accepting a photo. Size, ratio and file size are the
 * digital rules; exposure and sharpness are measured on a luma image (any size: it is downscaled
 * to METRIC_SIDE first so thresholds hold for every resolution).
 */

export const PHOTO_PROBLEMS = [
  'too_dark',
  'too_bright',
  'blurred',
  'too_small',
  'too_large',
  'wrong_ratio',
  'file_too_small',
  'file_too_large',
] as const
export type PhotoProblem = (typeof PHOTO_PROBLEMS)[number]

/** Longer side the exposure and sharpness metrics are measured at. */
export const METRIC_SIDE = 256

/** Thresholds, measured on METRIC_SIDE images; see checks.test.ts for the images they separate. */
export const PHOTO_THRESHOLDS = {
  darkMean: 60,
  brightMean: 205,
  /** More than this share of crushed or blown pixels fails even with a fair mean. */
  clippedShare: 0.35,
  minSharpness: 12,
} as const

export interface PhotoMeasurements {
  mean: number
  darkShare: number
  brightShare: number
  sharpness: number
}

export function measure(luma: LumaImage): PhotoMeasurements {
  const small = downscale(luma, METRIC_SIDE)
  return { ...exposureOf(small), sharpness: laplacianVariance(small) }
}

/** Problems with the size and ratio of the encoded photo, and its file size when known. */
export function sizeProblems(width: number, height: number, bytes?: number): PhotoProblem[] {
  const problems: PhotoProblem[] = []
  if (Math.min(width, height) < PHOTO_RULES.minSide) problems.push('too_small')
  if (Math.max(width, height) > PHOTO_RULES.maxSide) problems.push('too_large')
  const ratio = width / height
  const wanted = PHOTO_RULES.ratio.width / PHOTO_RULES.ratio.height
  if (Math.abs(ratio - wanted) / wanted > PHOTO_RULES.ratioTolerance) problems.push('wrong_ratio')
  if (bytes !== undefined && bytes < PHOTO_RULES.minBytes) problems.push('file_too_small')
  if (bytes !== undefined && bytes > PHOTO_RULES.maxBytes) problems.push('file_too_large')
  return problems
}

export function exposureProblems(m: PhotoMeasurements): PhotoProblem[] {
  const t = PHOTO_THRESHOLDS
  const problems: PhotoProblem[] = []
  if (m.mean < t.darkMean || m.darkShare > t.clippedShare) problems.push('too_dark')
  else if (m.mean > t.brightMean || m.brightShare > t.clippedShare) problems.push('too_bright')
  // A very dark or blown-out image has no detail to judge sharpness by: report the exposure only.
  if (problems.length === 0 && m.sharpness < t.minSharpness) problems.push('blurred')
  return problems
}

export interface PhotoCheck {
  problems: PhotoProblem[]
  measurements: PhotoMeasurements
}

/** Every check at once: the encoded size (and bytes) plus the pixel metrics. */
export function checkPhoto(input: {
  width: number
  height: number
  bytes?: number
  luma: LumaImage
}): PhotoCheck {
  const measurements = measure(input.luma)
  return {
    problems: [...sizeProblems(input.width, input.height, input.bytes), ...exposureProblems(measurements)],
    measurements,
  }
}
