import type { DetectedFace } from '@madoguchi/shared'

/**
 * The offline face detector: @vladmandic/face-api (TensorFlow.js inside) with its tiny face detector
 * and tiny 68-point landmark models, both shipped in the npm package and served from this app's own
 * origin under /models/face/ (see FACE_MODELS in vite.config.ts; the service worker precaches them,
 * so the check works with no network). Nothing is fetched from anywhere else. This module and the
 * library are loaded only when the photo step needs them: the first load stays within its budget.
 */
export const FACE_MODEL_URL = '/models/face'

type FaceApi = typeof import('@vladmandic/face-api')
let loading: Promise<FaceApi> | null = null

function load(): Promise<FaceApi> {
  loading ??= (async () => {
    const faceapi = await import('@vladmandic/face-api')
    await Promise.all([
      faceapi.nets.tinyFaceDetector.loadFromUri(FACE_MODEL_URL),
      faceapi.nets.faceLandmark68TinyNet.loadFromUri(FACE_MODEL_URL),
    ])
    // The first detection compiles the WebGL shaders (seconds on a slow tablet): do it now, on a
    // blank picture, while the visitor is being asked and the camera warms up, not after the shutter.
    const blank = document.createElement('canvas')
    blank.width = 32
    blank.height = 32
    await faceapi.detectAllFaces(blank, detectorOptions(faceapi)).withFaceLandmarks(true)
    return faceapi
  })().catch((error) => {
    loading = null // a later photo tries again
    throw error
  })
  return loading
}

/** Start loading while the camera warms up, so the first shot is not kept waiting. */
export function preloadFaceDetector(): void {
  void load().catch(() => undefined)
}

/**
 * A passport-style photo is mostly face, so a small network input finds it: 224 px is a quarter of
 * the work of the default 416 and still sees a face a third of the frame high.
 */
const detectorOptions = (faceapi: FaceApi) =>
  new faceapi.TinyFaceDetectorOptions({ inputSize: 224, scoreThreshold: 0.4 })

/** The detector looks at a copy this tall: faces fill most of a portrait, more pixels add nothing. */
const DETECT_HEIGHT = 480

const mean = (points: { x: number; y: number }[]) => ({
  x: points.reduce((s, p) => s + p.x, 0) / points.length,
  y: points.reduce((s, p) => s + p.y, 0) / points.length,
})

/** The faces in a photo, in the photo's pixels. Throws when the detector cannot run here. */
export async function detectFaces(photo: Blob, width: number, height: number): Promise<DetectedFace[]> {
  const faceapi = await load()
  const scale = Math.min(1, DETECT_HEIGHT / height)
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(width * scale)
  canvas.height = Math.round(height * scale)
  const bitmap = await createImageBitmap(photo)
  try {
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
  } finally {
    bitmap.close()
  }
  const found = await faceapi.detectAllFaces(canvas, detectorOptions(faceapi)).withFaceLandmarks(true)
  const up = (p: { x: number; y: number }) => ({ x: p.x / scale, y: p.y / scale })
  return found.map(({ detection, landmarks }) => {
    const box = detection.box
    const jaw = landmarks.getJawOutline()
    const chin = jaw.reduce((low, p) => (p.y > low.y ? p : low), jaw[0] ?? { x: 0, y: 0 })
    return {
      box: { x: box.x / scale, y: box.y / scale, width: box.width / scale, height: box.height / scale },
      landmarks: {
        // "Left" and "right" as the picture shows them: the eye line's lean is what matters.
        leftEye: up(mean(landmarks.getLeftEye())),
        rightEye: up(mean(landmarks.getRightEye())),
        chin: up(chin),
      },
    }
  })
}
