import type { BookingTypeCode, BookingTypeDef } from './types'

type Text = { ja: string; en: string }

// What to bring on issuance day (docs/design/domain-facts.md), as the defaults a supervisor can edit.
const NOTICE: Text = { ja: '交付通知書（はがき）', en: 'The issuance notice (postcard)' }
const ID: Text = {
  ja: '本人確認書類（運転免許証・パスポートなど写真付きのものは1点、写真のないものは2点）',
  en: 'Identity documents (one with a photo, such as a driving licence or passport, or two without)',
}
const NOTIFICATION_CARD: Text = {
  ja: '通知カード（お持ちの方）',
  en: 'The notification card (通知カード), if you still have it',
}
const JUKI_CARD: Text = {
  ja: '住民基本台帳カード（お持ちの方）',
  en: 'A Basic Resident Register card (住基カード), if you have one',
}
const OLD_CARD: Text = {
  ja: '現在お持ちのマイナンバーカード',
  en: 'Your current My Number Card',
}
const CARD: Text = { ja: 'マイナンバーカード', en: 'Your My Number Card' }

const PROXY_LETTER: Text = {
  ja: '委任状（交付通知書の委任状欄にご本人が記入したもの）',
  en: 'The letter of proxy (the 委任状 section of the postcard, filled in by the applicant)',
}
const PROXY_ID: Text = { ja: '代理人ご本人の本人確認書類', en: "The proxy's own identity documents" }
const APPLICANT_ID: Text = {
  ja: '申請者ご本人の本人確認書類',
  en: "The applicant's identity documents",
}

const ISSUANCE_ITEMS = [NOTICE, ID, NOTIFICATION_CARD, JUKI_CARD]
const ISSUANCE_PROXY = [PROXY_LETTER, PROXY_ID, APPLICANT_ID]

/** The six kinds of counter visit with their default lengths (in slots) and items to bring. */
export const DEFAULT_BOOKING_TYPES: readonly BookingTypeDef[] = [
  {
    code: 'new_issuance',
    label: { ja: '新規交付', en: 'New card issuance' },
    slots: 2,
    itemsToBring: ISSUANCE_ITEMS,
    itemsToBringForProxy: ISSUANCE_PROXY,
  },
  {
    code: 'renewal',
    label: { ja: '更新', en: 'Card renewal' },
    slots: 2,
    itemsToBring: [NOTICE, OLD_CARD, ID, NOTIFICATION_CARD, JUKI_CARD],
    itemsToBringForProxy: ISSUANCE_PROXY,
  },
  {
    code: 'reissue',
    label: { ja: '再交付', en: 'Card reissue' },
    slots: 2,
    itemsToBring: [
      NOTICE,
      ID,
      {
        ja: '以前のマイナンバーカード（お手元にある場合）',
        en: 'Your previous My Number Card, if you have it',
      },
    ],
    itemsToBringForProxy: ISSUANCE_PROXY,
  },
  {
    code: 'certificate_renewal',
    label: { ja: '電子証明書更新', en: 'Electronic certificate renewal' },
    slots: 1,
    itemsToBring: [
      CARD,
      { ja: '有効期限通知書（お手元にある場合）', en: 'The expiry notice letter, if you have it' },
    ],
    itemsToBringForProxy: [{ ...PROXY_LETTER, ja: '委任状' }, PROXY_ID],
  },
  {
    code: 'pin_reset',
    label: { ja: '暗証番号再設定・ロック解除', en: 'PIN reset or unlock' },
    slots: 1,
    itemsToBring: [CARD],
    itemsToBringForProxy: [{ ...PROXY_LETTER, ja: '委任状' }, PROXY_ID],
  },
  {
    code: 'other',
    label: { ja: 'その他', en: 'Other' },
    slots: 1,
    itemsToBring: [ID],
    itemsToBringForProxy: [{ ...PROXY_LETTER, ja: '委任状' }, PROXY_ID],
  },
]

export function defaultBookingType(code: BookingTypeCode): BookingTypeDef {
  const found = DEFAULT_BOOKING_TYPES.find((t) => t.code === code)
  if (!found) throw new RangeError(`unknown booking type: ${code}`)
  return found
}

/** The list to read out: the type's items, then the proxy's extra items when a proxy comes. */
export function itemsToBring(type: BookingTypeDef, proxy: boolean, lang: 'ja' | 'en'): string[] {
  const items = proxy ? [...type.itemsToBring, ...type.itemsToBringForProxy] : type.itemsToBring
  return items.map((item) => item[lang])
}
