import { z } from 'zod'

/**
 * 対応区分: what a call (or a consultation at a pop-up) was about, in the tender's three priority
 * tiers. Codes are stable; the city may rename labels. The monthly report counts by these codes.
 */
export const CATEGORY_TIERS = ['first', 'second', 'reference'] as const
export type CategoryTier = (typeof CATEGORY_TIERS)[number]

type Text = { ja: string; en: string }
export interface CategoryDef {
  code: string
  tier: CategoryTier
  label: Text
}

export const CATEGORY_TIER_LABELS: Record<CategoryTier, Text> = {
  first: { ja: '最優先', en: 'First priority' },
  second: { ja: '優先', en: 'Priority' },
  reference: { ja: '参考情報', en: 'Reference' },
}

export const CATEGORIES = [
  { code: 'booking_new', tier: 'first', label: { ja: '交付予約受付', en: 'Issuance booking' } },
  {
    code: 'booking_web_help',
    tier: 'first',
    label: { ja: '予約サイト代行入力支援', en: 'Booking web site help' },
  },
  {
    code: 'booking_change',
    tier: 'first',
    label: { ja: '予約の確認・変更・キャンセル', en: 'Confirm, change or cancel a booking' },
  },
  { code: 'application_status', tier: 'first', label: { ja: '申請状況の確認', en: 'Application status' } },
  { code: 'booking_status', tier: 'first', label: { ja: '交付予約の状況確認', en: 'Booking status' } },
  { code: 'items_to_bring', tier: 'first', label: { ja: '交付時の持参物', en: 'What to bring' } },
  { code: 'how_to_apply', tier: 'second', label: { ja: '申請方法', en: 'How to apply' } },
  { code: 'documents', tier: 'second', label: { ja: '必要書類', en: 'Required documents' } },
  { code: 'deadlines', tier: 'second', label: { ja: '申請期限・有効期限', en: 'Deadlines and expiry' } },
  { code: 'card_system', tier: 'second', label: { ja: '制度全般', en: 'The card system' } },
  {
    code: 'online_application',
    tier: 'reference',
    label: { ja: 'オンライン申請の操作', en: 'Online application' },
  },
  { code: 'mynaportal', tier: 'reference', label: { ja: 'マイナポータルの利用', en: 'Mynaportal' } },
  { code: 'other', tier: 'reference', label: { ja: 'その他', en: 'Other' } },
] as const satisfies readonly CategoryDef[]

export type CategoryCode = (typeof CATEGORIES)[number]['code']
export const CategoryCode = z.enum(CATEGORIES.map((c) => c.code) as [CategoryCode, ...CategoryCode[]])
