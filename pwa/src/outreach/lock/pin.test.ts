import { describe, expect, it } from 'vitest'
import { hashPin, isTrivialPin, isValidPin, verifyPin } from './pin'

describe('device PIN', () => {
  it('accepts 4 to 8 digits only', () => {
    expect(['1234', '12345678'].every(isValidPin)).toBe(true)
    expect(['123', '123456789', '12a4', '１２３４', ''].some(isValidPin)).toBe(false)
  })

  it('refuses PINs anyone would try: one digit repeated, or running up or down', () => {
    for (const pin of ['1111', '00000000', '1234', '7890', '4321', '2109', '123456']) {
      expect(isTrivialPin(pin), pin).toBe(true)
    }
    for (const pin of ['2468', '1357', '4826', '1243', '98760']) {
      expect(isTrivialPin(pin), pin).toBe(false)
    }
  })

  it('stores a salted hash, never the PIN, and verifies it', async () => {
    const stored = await hashPin('4826', 1000)
    // Only salt, hash and the iteration count are kept (a hex hash may contain '4826' by chance, so
    // the test names the fields rather than searching the text).
    expect(Object.keys(stored).sort()).toEqual(['hash', 'iterations', 'salt'])
    expect(stored.iterations).toBe(1000)
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(await verifyPin('4826', stored)).toBe(true)
    expect(await verifyPin('4827', stored)).toBe(false)
    const again = await hashPin('4826', 1000)
    expect(again.salt).not.toBe(stored.salt)
    expect(again.hash).not.toBe(stored.hash)
  })
})
