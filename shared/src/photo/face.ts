import { PHOTO_GUIDE } from './rules'

/**
 * The face check: what an offline face detector found in the photo, judged against the photo rule
 * (docs/design/domain-facts.md): exactly one face, the head (top of the head to the chin) 34 mm of
 * the 45 mm height ±2 mm, the top of the head 4 mm ±2 mm below the upper edge, roughly centred, not
 * tilted. The detector runs on the tablet (pwa/src/outreach/photo/face-detect.ts); this rule is
 * pure, so the geometry is tested here without a browser.
 */

export const FACE_PROBLEMS = [
  'no_face',
  'several_faces',
  'face_too_small',
  'face_too_large',
  'head_too_high',
  'head_too_low',
  'face_off_centre',
  'face_tilted',
  'face_check_unavailable',
] as const
export type FaceProblem = (typeof FACE_PROBLEMS)[number]

export interface Point {
  x: number
  y: number
}

/** One detected face, in pixels of the photo. Landmarks when the landmark model ran. */
export interface DetectedFace {
  box: { x: number; y: number; width: number; height: number }
  landmarks?: { leftEye: Point; rightEye: Point; chin: Point }
}

export const FACE_LIMITS = {
  /** Head height (top to chin) as a share of the photo height: 34 mm ±2 of 45. */
  minHead: 32 / 45,
  maxHead: 36 / 45,
  /** Top of the head below the upper edge: 4 mm ±2 of 45. */
  minTop: PHOTO_GUIDE.headTop - PHOTO_GUIDE.tolerance,
  maxTop: PHOTO_GUIDE.headTop + PHOTO_GUIDE.tolerance,
  /** The face's centre may be this share of the width off the middle. */
  maxOffCentre: 0.1,
  /** The line through the eyes may lean this many degrees. */
  maxTiltDegrees: 8,
  /**
   * Without landmarks: the tiny detector's box runs from about the eyebrows to the chin; the top of
   * the head (hair included) sits about this share of the box height above the box.
   */
  boxToHeadTop: 0.45,
} as const

export interface FaceMeasurements {
  /** Shares of the photo height. */
  headTop: number
  headHeight: number
  /** Share of the width the face centre is off the middle (signed: + is right). */
  offCentre: number
  /** Degrees the eye line leans; null when landmarks were not available. */
  tilt: number | null
}

/**
 * Where the top of the head and the chin are. With landmarks: the chin is the jaw's lowest point,
 * and the eyes sit about half-way between the top of the head and the chin (the classic head
 * proportion, hair of usual volume), so the top is as far above the eyes as the chin is below them.
 * Without landmarks: the box bottom is the chin and the top is estimated from the box (see
 * `boxToHeadTop`). Either way an estimate: a tall hair style reads as a slightly higher head top,
 * which is why the band is ±2 mm and staff can override with a reason.
 */
export function headOf(face: DetectedFace): { top: number; chin: number } {
  const { box, landmarks } = face
  if (landmarks) {
    const eyeY = (landmarks.leftEye.y + landmarks.rightEye.y) / 2
    const chin = Math.max(landmarks.chin.y, eyeY + 1)
    return { top: eyeY - (chin - eyeY), chin }
  }
  return { top: box.y - box.height * FACE_LIMITS.boxToHeadTop, chin: box.y + box.height }
}

export function measureFace(face: DetectedFace, width: number, height: number): FaceMeasurements {
  const head = headOf(face)
  const centre = face.box.x + face.box.width / 2
  const eyes = face.landmarks
  const tilt = eyes
    ? (Math.atan2(eyes.rightEye.y - eyes.leftEye.y, eyes.rightEye.x - eyes.leftEye.x) * 180) / Math.PI
    : null
  return {
    headTop: head.top / height,
    headHeight: (head.chin - head.top) / height,
    offCentre: (centre - width / 2) / width,
    tilt,
  }
}

/** The problems with the faces found in a `width × height` photo, in the order staff fix them. */
export function checkFaces(
  faces: readonly DetectedFace[],
  width: number,
  height: number,
): { problems: FaceProblem[]; measurements: FaceMeasurements | null } {
  if (faces.length === 0) return { problems: ['no_face'], measurements: null }
  if (faces.length > 1) return { problems: ['several_faces'], measurements: null }
  const m = measureFace(faces[0] as DetectedFace, width, height)
  const L = FACE_LIMITS
  const problems: FaceProblem[] = []
  if (m.headHeight < L.minHead) problems.push('face_too_small')
  else if (m.headHeight > L.maxHead) problems.push('face_too_large')
  if (m.headTop < L.minTop) problems.push('head_too_high')
  else if (m.headTop > L.maxTop) problems.push('head_too_low')
  if (Math.abs(m.offCentre) > L.maxOffCentre) problems.push('face_off_centre')
  if (m.tilt !== null && Math.abs(m.tilt) > L.maxTiltDegrees) problems.push('face_tilted')
  return { problems, measurements: m }
}
