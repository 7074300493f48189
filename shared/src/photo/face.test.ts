import { describe, expect, it } from 'vitest'
import { checkFaces, type DetectedFace, FACE_LIMITS, headOf } from './face'

const W = 700
const H = 900
const mm = (x: number) => (x / 45) * H

/** A face as the landmark model reports it: eyes half-way between head top and chin. */
function face(top: number, chin: number, options: { dx?: number; tilt?: number } = {}): DetectedFace {
  const { dx = 0, tilt = 0 } = options
  const eyeY = (top + chin) / 2
  const cx = W / 2 + dx
  const half = (chin - top) * 0.2
  const lean = Math.tan((tilt * Math.PI) / 180) * half
  return {
    box: { x: cx - half * 2, y: eyeY - (chin - top) * 0.1, width: half * 4, height: chin - eyeY },
    landmarks: {
      leftEye: { x: cx - half, y: eyeY - lean },
      rightEye: { x: cx + half, y: eyeY + lean },
      chin: { x: cx, y: chin },
    },
  }
}

const problems = (faces: DetectedFace[]) => checkFaces(faces, W, H).problems

describe('the face check (7:9 rule: head 34 mm of 45 ±2, top of head 4 mm ±2)', () => {
  it('passes one face placed as the guide shows', () => {
    expect(problems([face(mm(4), mm(38))])).toEqual([])
    expect(problems([face(mm(2.5), mm(35))])).toEqual([])
  })

  it('says no face, or several faces', () => {
    expect(problems([])).toEqual(['no_face'])
    expect(problems([face(mm(4), mm(38)), face(mm(4), mm(38), { dx: 100 })])).toEqual(['several_faces'])
  })

  it('says too small or too large by the head height', () => {
    expect(problems([face(mm(4), mm(30))])).toEqual(['face_too_small'])
    expect(problems([face(mm(4), mm(41))])).toEqual(['face_too_large'])
  })

  it('says where the head top is wrong', () => {
    expect(problems([face(mm(0.5), mm(34.5))])).toEqual(['head_too_high'])
    expect(problems([face(mm(7), mm(41))])).toEqual(['head_too_low'])
  })

  it('says off centre and tilted', () => {
    expect(problems([face(mm(4), mm(38), { dx: W * 0.2 })])).toEqual(['face_off_centre'])
    expect(problems([face(mm(4), mm(38), { tilt: 15 })])).toEqual(['face_tilted'])
    expect(problems([face(mm(4), mm(38), { tilt: 5 })])).toEqual([])
  })

  it('without landmarks estimates the head top above the detection box and checks no tilt', () => {
    const box = { x: 200, y: mm(12), width: 300, height: mm(26) }
    expect(headOf({ box })).toEqual({ top: box.y - box.height * FACE_LIMITS.boxToHeadTop, chin: mm(38) })
    const result = checkFaces([{ box }], W, H)
    expect(result.measurements?.tilt).toBeNull()
  })
})
