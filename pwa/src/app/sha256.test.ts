import { describe, expect, it } from 'vitest'
import { hexOf, sha256Hex } from './sha256'

// FIPS 180-2's example: the digest the server computes with Node for the same bytes.
const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'

describe('sha256Hex', () => {
  it('hashes bytes and blobs alike, in lower-case hex', async () => {
    const bytes = new TextEncoder().encode('abc')
    expect(await sha256Hex(bytes)).toBe(ABC)
    expect(await sha256Hex(new Blob([bytes]))).toBe(ABC)
  })

  it('keeps leading zeros of each byte', () => {
    expect(hexOf(new Uint8Array([0, 1, 15, 16, 255]))).toBe('00010f10ff')
    expect(hexOf(new Uint8Array([0, 10]).buffer)).toBe('000a')
  })
})
