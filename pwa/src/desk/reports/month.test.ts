import { describe, expect, it } from 'vitest'
import { defaultMonth, fileBase64 } from './month'

describe('the month the report screen opens on', () => {
  it('is last month in Tokyo, or the contract’s first month before there is a last one', () => {
    expect(defaultMonth(new Date('2027-01-05T03:00:00Z'))).toBe('2026-12')
    // 1 Jan 00:30 in Tokyo is still 31 Dec in UTC: last month is December.
    expect(defaultMonth(new Date('2026-12-31T15:30:00Z'))).toBe('2026-12')
    expect(defaultMonth(new Date('2026-10-15T03:00:00Z'))).toBe('2026-10')
    expect(defaultMonth(new Date('2026-08-15T03:00:00Z'))).toBe('2026-10')
  })
  it('sends a file’s bytes unchanged', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x82, 0xa0, 0x0d, 0x0a])
    expect(Buffer.from(await fileBase64(new Blob([bytes])), 'base64')).toEqual(Buffer.from(bytes))
  })
})
