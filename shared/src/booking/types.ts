import { z } from 'zod'

/** The kinds of counter visit a booking is for. Codes are stable; labels and defaults are data. */
export const BOOKING_TYPES = [
  'new_issuance', // 新規交付
  'renewal', // 更新
  'reissue', // 再交付
  'certificate_renewal', // 電子証明書更新
  'pin_reset', // 暗証番号再設定・ロック解除
  'other', // その他
] as const
export const BookingTypeCode = z.enum(BOOKING_TYPES)
export type BookingTypeCode = z.infer<typeof BookingTypeCode>

export const BOOKING_STATUSES = ['booked', 'cancelled', 'attended', 'no_show'] as const
export const BookingStatus = z.enum(BOOKING_STATUSES)
export type BookingStatus = z.infer<typeof BookingStatus>

/** Who entered the booking: an operator on the phone (代行入力), the web form, or the counter. */
export const BOOKING_CHANNELS = ['phone', 'web', 'counter'] as const
export const BookingChannel = z.enum(BOOKING_CHANNELS)
export type BookingChannel = z.infer<typeof BookingChannel>

const Text = z.object({ ja: z.string().min(1), en: z.string().min(1) })

export const BookingTypeDef = z.object({
  code: BookingTypeCode,
  label: Text,
  /** How many consecutive slots one person of this type takes at the counter. */
  slots: z.number().int().min(1).max(8),
  /** What to bring on issuance day (持参物), in reading order. */
  itemsToBring: z.array(Text),
  /** Extra items when a proxy (代理人) comes instead of the person. */
  itemsToBringForProxy: z.array(Text),
})
export type BookingTypeDef = z.infer<typeof BookingTypeDef>
