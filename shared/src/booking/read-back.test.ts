import { describe, expect, it } from 'vitest'
import { DEFAULT_BOOKING_TYPES, defaultBookingType, itemsToBring } from './items-to-bring'
import { readBackScript } from './read-back'
import { refCheckChar } from './ref'
import { BookingTypeDef } from './types'

const ref = `K7M4QX${refCheckChar('K7M4QX')}`

describe('items to bring', () => {
  it('has a valid default for every booking type', () => {
    expect(DEFAULT_BOOKING_TYPES.map((t) => t.code)).toEqual([
      'new_issuance',
      'renewal',
      'reissue',
      'certificate_renewal',
      'pin_reset',
      'other',
    ])
    for (const t of DEFAULT_BOOKING_TYPES) expect(BookingTypeDef.safeParse(t).success).toBe(true)
  })

  it('lists the old card for a renewal and the proxy papers for a proxy', () => {
    const renewal = itemsToBring(defaultBookingType('renewal'), false, 'ja')
    expect(renewal).toContain('現在お持ちのマイナンバーカード')
    expect(renewal[0]).toBe('交付通知書（はがき）')
    const proxy = itemsToBring(defaultBookingType('new_issuance'), true, 'ja')
    expect(proxy.some((i) => i.startsWith('委任状'))).toBe(true)
    expect(proxy).toContain('代理人ご本人の本人確認書類')
    expect(proxy).toContain('申請者ご本人の本人確認書類')
  })
})

describe('read-back script', () => {
  it('reads the date with weekday, the spelled reference and the items in Japanese', () => {
    const lines = readBackScript(
      [{ ref, type: 'renewal', date: '2026-12-03', time: '10:15', proxy: true }],
      DEFAULT_BOOKING_TYPES,
      'ja',
    )
    const text = lines.join('\n')
    expect(text).toContain('12月3日（木）10時15分から')
    expect(text).toContain('予約番号は「K7M-4QX-')
    expect(text).toContain('K（ケー）、7（なな）')
    expect(text).toContain('交付通知書（はがき）')
    expect(text).toContain('代理の方がお越しになる場合は')
  })

  it('gives each member of a family their own reference, in English too', () => {
    const lines = readBackScript(
      [
        { ref, type: 'new_issuance', date: '2026-12-03', time: '10:00', proxy: false, name: 'Taro' },
        { ref, type: 'new_issuance', date: '2026-12-03', time: '10:00', proxy: false, name: 'Hanako' },
      ],
      DEFAULT_BOOKING_TYPES,
      'en',
    )
    expect(lines.filter((l) => l.startsWith('The reference for'))).toHaveLength(2)
    expect(lines.join(' ')).toContain('Thu 3 Dec 10:00')
    expect(lines.filter((l) => l.includes('bring:'))).toHaveLength(1)
  })
})
