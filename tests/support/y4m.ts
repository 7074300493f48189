import { writeFileSync } from 'node:fs'

/**
 * A small YUV4MPEG2 (y4m) video for Chromium's fake camera
 * (`--use-file-for-fake-video-capture=FILE.y4m`): a plain light background with a face-like oval
 * (hair, eyes, mouth) placed where the 7:9 guide wants it, and a little seeded sensor noise so the
 * sharpness check sees real detail. 4:2:0 planar, `C420jpeg`, each frame after a `FRAME` line.
 */
export interface Y4mOptions {
  width?: number
  height?: number
  frames?: number
  /** Multiplies the luma: below 1 makes an underexposed "room". */
  gain?: number
}

function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

export function makeFaceY4m(path: string, options: Y4mOptions = {}): string {
  const { width = 1280, height = 720, frames = 5, gain = 1 } = options
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\n`)
  const ySize = width * height
  const cSize = (width / 2) * (height / 2)
  const chunks: Buffer[] = [header]
  // The face sits in the centred 7:9 crop: head top at 4/45 and chin at 38/45 of its height.
  const cropHeight = height
  const cx = width / 2
  const cy = cropHeight * ((4 + 38) / 2 / 45)
  const ry = cropHeight * (34 / 45 / 2)
  const rx = ry * 0.72
  for (let f = 0; f < frames; f++) {
    const next = random(11 + f)
    const frame = Buffer.alloc(ySize + 2 * cSize)
    const skin = (x: number, y: number) => ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        let v = 200
        if (skin(x, y)) {
          const dy = (y - cy) / ry
          v = dy < -0.55 ? 45 : 165
          const eye = (ex: number) =>
            ((x - ex) / (rx * 0.15)) ** 2 + ((y - (cy - ry * 0.1)) / (ry * 0.06)) ** 2 <= 1
          if (eye(cx - rx * 0.4) || eye(cx + rx * 0.4)) v = 35
          if (Math.abs(y - (cy + ry * 0.45)) < ry * 0.03 && Math.abs(x - cx) < rx * 0.3) v = 90
        }
        frame[y * width + x] = Math.max(0, Math.min(255, (v + (next() - 0.5) * 14) * gain))
      }
    }
    for (let y = 0; y < height / 2; y++) {
      for (let x = 0; x < width / 2; x++) {
        const inFace = skin(x * 2, y * 2)
        frame[ySize + y * (width / 2) + x] = inFace ? 112 : 132 // U
        frame[ySize + cSize + y * (width / 2) + x] = inFace ? 150 : 124 // V
      }
    }
    chunks.push(Buffer.from('FRAME\n'), frame)
  }
  writeFileSync(path, Buffer.concat(chunks))
  return path
}

export const fakeCameraArgs = (y4m: string) => [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  `--use-file-for-fake-video-capture=${y4m}`,
]
