import { writeFileSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { findChromium } from '../scripts/ensure-chromium.mjs'
import { CHROMIUM_FLAGS } from './browser'

/**
 * A drawn, invented face (no real person) that the tablet's face detector accepts: shaded skin,
 * hair, brows, eyes with iris and pupil, nose, mouth, ears, neck and shoulders, placed as the 7:9
 * guide wants it (top of the head 4 mm, chin 38 mm of 45). Chromium's canvas draws it; the
 * pixels become a y4m video for the fake camera, so the browser tests photograph a "person" whose
 * face the check can find and measure.
 */
function draw(width: number, height: number): string {
  const c = document.createElement('canvas')
  c.width = width
  c.height = height
  const g = c.getContext('2d') as CanvasRenderingContext2D
  g.fillStyle = '#dfe6ec'
  g.fillRect(0, 0, width, height)
  const top = (height * 4) / 45
  const chin = (height * 38) / 45
  const hh = chin - top
  const cx = width / 2
  const eyeY = top + hh * 0.5
  const fw = hh * 0.36
  const ellipse = (x: number, y: number, rx: number, ry: number, fill: string | CanvasGradient) => {
    g.fillStyle = fill
    g.beginPath()
    g.ellipse(x, y, rx, ry, 0, 0, Math.PI * 2)
    g.fill()
  }
  ellipse(cx, height + hh * 0.07, width * 0.55, hh * 0.4, '#2b3a55') // shoulders
  g.fillStyle = '#d9a07e'
  g.fillRect(cx - fw * 0.45, chin - hh * 0.1, fw * 0.9, hh * 0.25) // neck
  ellipse(cx, eyeY - hh * 0.08, fw * 1.12, hh * 0.45, '#2a1d17') // hair
  for (const s of [-1, 1]) ellipse(cx + s * fw * 0.98, eyeY + hh * 0.05, fw * 0.13, hh * 0.09, '#d49a78')
  const skin = g.createRadialGradient(
    cx - fw * 0.2,
    eyeY - hh * 0.05,
    fw * 0.1,
    cx,
    eyeY + hh * 0.05,
    fw * 1.2,
  )
  skin.addColorStop(0, '#f2c7a5')
  skin.addColorStop(1, '#c98c66')
  ellipse(cx, eyeY + hh * 0.06, fw * 0.95, hh * 0.44, skin)
  g.fillStyle = '#2a1d17' // fringe
  g.beginPath()
  g.ellipse(cx, eyeY - hh * 0.3, fw * 0.98, hh * 0.17, 0, Math.PI, Math.PI * 2)
  g.fill()
  g.fillRect(cx - fw * 0.98, eyeY - hh * 0.31, fw * 1.96, hh * 0.06)
  g.strokeStyle = '#3a2a20'
  g.lineWidth = hh * 0.022
  g.lineCap = 'round'
  for (const s of [-1, 1]) {
    g.beginPath()
    g.moveTo(cx + s * fw * 0.18, eyeY - hh * 0.09)
    g.quadraticCurveTo(cx + s * fw * 0.42, eyeY - hh * 0.13, cx + s * fw * 0.62, eyeY - hh * 0.08)
    g.stroke()
  }
  for (const s of [-1, 1]) {
    const ex = cx + s * fw * 0.4
    ellipse(ex, eyeY, fw * 0.17, hh * 0.035, '#fff')
    ellipse(ex, eyeY, hh * 0.03, hh * 0.03, '#3b2415')
    ellipse(ex, eyeY, hh * 0.013, hh * 0.013, '#000')
  }
  g.strokeStyle = 'rgba(120,70,50,0.7)'
  g.lineWidth = Math.max(2, hh * 0.006)
  g.beginPath()
  g.moveTo(cx - fw * 0.05, eyeY + hh * 0.02)
  g.quadraticCurveTo(cx - fw * 0.12, eyeY + hh * 0.16, cx - fw * 0.02, eyeY + hh * 0.19)
  g.stroke()
  for (const s of [-1, 1])
    ellipse(cx + s * fw * 0.08, eyeY + hh * 0.19, fw * 0.04, hh * 0.012, 'rgba(110,60,40,0.6)')
  ellipse(cx, eyeY + hh * 0.3, fw * 0.25, hh * 0.03, '#b5524f')
  // A camera is never perfectly sharp; a drawing is. A little softness is what the detector knows.
  const soft = document.createElement('canvas')
  soft.width = width
  soft.height = height
  const s = soft.getContext('2d') as CanvasRenderingContext2D
  s.filter = `blur(${Math.max(1, Math.round(height / 360))}px)`
  s.drawImage(c, 0, 0)
  const data = s.getImageData(0, 0, width, height).data
  let text = ''
  for (let i = 0; i < data.length; i += 0x8000) text += String.fromCharCode(...data.subarray(i, i + 0x8000))
  return btoa(text)
}

/** The face as RGBA pixels, `width × height`, drawn in a short-lived headless Chromium. */
export async function drawnFaceRgba(width: number, height: number): Promise<Buffer> {
  const executablePath = findChromium()
  if (!executablePath) throw new Error('Chromium is missing')
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS })
  try {
    const page = await browser.newPage()
    // `__name`: what a TypeScript loader (tsx, esbuild's keepNames) may wrap named functions in.
    const run = ([fn, w, h]: readonly [string, number, number]) =>
      new Function(`const __name = (f) => f; return (${fn})(${w}, ${h})`)() as string
    const base64 = await page.evaluate(run, [draw.toString(), width, height] as const)
    return Buffer.from(base64, 'base64')
  } finally {
    await browser.close()
  }
}

function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

/**
 * A y4m video for Chromium's fake camera (4:2:0, full-range BT.601 as `C420jpeg` says) showing the
 * drawn face in the centred 7:9 crop of a `width × height` frame, with a little seeded sensor noise.
 */
export async function makeDrawnFaceY4m(
  path: string,
  options: { width?: number; height?: number; frames?: number } = {},
): Promise<string> {
  const { width = 1280, height = 720, frames = 3 } = options
  const cropW = Math.round((height * 7) / 9)
  const x0 = Math.floor((width - cropW) / 2)
  const face = await drawnFaceRgba(cropW, height)
  const background = [0xdf, 0xe6, 0xec]
  const rgb = (x: number, y: number): number[] => {
    if (x < x0 || x >= x0 + cropW) return background
    const p = (y * cropW + (x - x0)) * 4
    return [face[p] ?? 0, face[p + 1] ?? 0, face[p + 2] ?? 0]
  }
  const ySize = width * height
  const cSize = (width / 2) * (height / 2)
  const chunks: Buffer[] = [Buffer.from(`YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\n`)]
  const clamp = (v: number) => Math.max(0, Math.min(255, Math.round(v)))
  for (let f = 0; f < frames; f++) {
    const next = random(23 + f)
    const frame = Buffer.alloc(ySize + 2 * cSize)
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const [r = 0, g = 0, b = 0] = rgb(x, y)
        frame[y * width + x] = clamp(0.299 * r + 0.587 * g + 0.114 * b + (next() - 0.5) * 12)
      }
    }
    for (let y = 0; y < height / 2; y++) {
      for (let x = 0; x < width / 2; x++) {
        const [r = 0, g = 0, b = 0] = rgb(x * 2, y * 2)
        frame[ySize + y * (width / 2) + x] = clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b)
        frame[ySize + cSize + y * (width / 2) + x] = clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b)
      }
    }
    chunks.push(Buffer.from('FRAME\n'), frame)
  }
  writeFileSync(path, Buffer.concat(chunks))
  return path
}
