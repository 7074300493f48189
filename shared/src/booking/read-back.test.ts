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
      'booked',
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
      'booked',
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

  const taro = {
    ref,
    type: 'new_issuance',
    date: '2026-12-03',
    time: '10:00',
    proxy: false,
    name: '恵庭 太郎',
  } as const
  const hanako = { ...taro, name: '恵庭 花子', date: '2026-12-04', time: '14:30' } as const

  it('says a move was a move, for the one person moved, with their new time', () => {
    const lines = readBackScript('moved', [hanako], DEFAULT_BOOKING_TYPES, 'ja')
    const text = lines.join('\n')
    expect(text).not.toContain('ご予約をお取りしました')
    expect(lines[0]).toContain('日時を変更しました')
    expect(text).toContain('12月4日（金）14時30分から')
    expect(text).not.toContain('12月3日')
    expect(lines.filter((l) => l.includes('予約番号は'))).toHaveLength(1)
  })

  it('reads each member their own time when the times differ, and looking up is not booking', () => {
    const lines = readBackScript('lookedUp', [taro, hanako], DEFAULT_BOOKING_TYPES, 'ja')
    const text = lines.join('\n')
    expect(text).not.toContain('ご予約をお取りしました')
    expect(lines[0]).toBe('ご予約の内容を確認させていただきます。')
    expect(text).toContain('恵庭 太郎様のご来庁の日時は、12月3日（木）10時からです。')
    expect(text).toContain('恵庭 花子様のご来庁の日時は、12月4日（金）14時30分からです。')
  })

  it('reads the items to bring once, even when one member comes by proxy', () => {
    const lines = readBackScript(
      'booked',
      [taro, { ...taro, name: '恵庭 花子', proxy: true }],
      DEFAULT_BOOKING_TYPES,
      'ja',
    )
    expect(lines.filter((l) => l.includes('交付通知書（はがき）'))).toHaveLength(1)
    expect(lines.filter((l) => l.startsWith('代理の方'))).toHaveLength(1)
    expect(lines.join('\n')).not.toContain('新規交付の方は')
  })

  it('says a cancellation is one, with no items to bring', () => {
    const lines = readBackScript('cancelled', [taro], DEFAULT_BOOKING_TYPES, 'en')
    expect(lines[0]).toBe('The booking below is cancelled.')
    expect(lines.join(' ')).not.toContain('bring:')
  })
})
