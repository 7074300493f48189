import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  formatRef,
  isValidRef,
  newRef,
  parseRef,
  REF_ALPHABET,
  REF_LENGTH,
  refCheckChar,
  spellRefForPhone,
} from './ref'

const refArb = fc
  .array(fc.constantFrom(...REF_ALPHABET), { minLength: 6, maxLength: 6 })
  .map((chars) => chars.join(''))
  .map((data) => data + refCheckChar(data))

describe('booking reference', () => {
  it('has 32 unambiguous characters: no 0, O, 1 or I', () => {
    expect(new Set(REF_ALPHABET).size).toBe(32)
    for (const ch of '0O1I') expect(REF_ALPHABET).not.toContain(ch)
  })

  it('makes valid 7-character references', () => {
    for (let i = 0; i < 200; i++) {
      const ref = newRef()
      expect(ref).toMatch(/^[2-9A-HJ-NP-Z]{7}$/)
      expect(isValidRef(ref)).toBe(true)
    }
  })

  it('catches every single-character error at every position (exhaustive over characters)', () => {
    fc.assert(
      fc.property(refArb, (ref) => {
        for (let pos = 0; pos < REF_LENGTH; pos++) {
          for (const ch of REF_ALPHABET) {
            if (ch === ref[pos]) continue
            const wrong = ref.slice(0, pos) + ch + ref.slice(pos + 1)
            if (isValidRef(wrong)) return false
          }
        }
        return true
      }),
      { numRuns: 300 },
    )
  })

  it('catches every adjacent transposition (all 32 × 31 pairs at every position)', () => {
    const base = [...newRef()]
    const problems: string[] = []
    for (let pos = 0; pos < REF_LENGTH - 1; pos++) {
      // Another position absorbs the check, so each pair is tried inside a valid reference: exactly
      // one character there makes it valid, since a single change moves the check through all 32 values.
      const free = pos === 0 ? 6 : 0
      for (const a of REF_ALPHABET) {
        for (const b of REF_ALPHABET) {
          if (a === b) continue
          const chars = [...base]
          chars[pos] = a
          chars[pos + 1] = b
          const valid: string[] = []
          for (const ch of REF_ALPHABET) {
            chars[free] = ch
            const candidate = chars.join('')
            if (isValidRef(candidate)) valid.push(candidate)
          }
          const original = valid[0] ?? ''
          const swapped = original.slice(0, pos) + b + a + original.slice(pos + 2)
          if (valid.length !== 1 || isValidRef(swapped)) problems.push(`${original} → ${swapped}`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('catches transpositions in random valid references too', () => {
    fc.assert(
      fc.property(refArb, fc.integer({ min: 0, max: REF_LENGTH - 2 }), (ref, pos) => {
        fc.pre(ref[pos] !== ref[pos + 1])
        const swapped = ref.slice(0, pos) + ref[pos + 1] + ref[pos] + ref.slice(pos + 2)
        return !isValidRef(swapped)
      }),
    )
  })

  it('formats for the phone and parses what an operator types', () => {
    const ref = newRef()
    const shown = formatRef(ref)
    expect(shown).toMatch(/^.{3}-.{3}-.$/)
    expect(parseRef(shown)).toEqual({ ok: true, ref })
    expect(parseRef(shown.toLowerCase())).toEqual({ ok: true, ref })
    expect(parseRef(` ${ref.slice(0, 3)} ${ref.slice(3)} `)).toEqual({ ok: true, ref })
    // Full-width letters and digits, and the IME's long-vowel mark for a hyphen.
    const fullWidth = [...shown]
      .map((ch) => (ch === '-' ? 'ー' : String.fromCharCode(ch.charCodeAt(0) + 0xfee0)))
      .join('')
    expect(parseRef(fullWidth)).toEqual({ ok: true, ref })
  })

  it('says why a typed reference is not one', () => {
    expect(parseRef('ABC')).toEqual({ ok: false, reason: 'length' })
    expect(parseRef('ABC-DE0-F')).toEqual({ ok: false, reason: 'character' })
    const ref = newRef()
    const wrong = ref.slice(0, 6) + (ref[6] === 'Z' ? 'Y' : 'Z')
    expect(parseRef(wrong)).toEqual({ ok: false, reason: 'check' })
  })

  it('spells a reference for the phone in Japanese and English', () => {
    const data = 'K7M4QX'
    const ref = data + refCheckChar(data)
    const ja = spellRefForPhone(ref)
    expect(ja.startsWith('K（ケー）、7（なな）、M（エム）、4（よん）、Q（キュー）、X（エックス）、')).toBe(
      true,
    )
    expect(spellRefForPhone(ref, 'en').startsWith('K (Kilo), 7 (seven), M (Mike), 4 (four)')).toBe(true)
  })
})
