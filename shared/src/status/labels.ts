import { z } from 'zod'
import { safeText } from '../text/safe-text'

/**
 * Where an application stands (domain-facts.md "The application form"). The codes are fixed because
 * the desk acts on two of them (notice_sent offers booking the issuance, returned asks for a new
 * application); everything a person reads — the label, what it means to a caller, what happens next
 * and how long it usually takes — is configurable data with these defaults.
 */
export const STATUS_CODES = [
  'received',
  'reviewing',
  'producing',
  'sent_to_city',
  'notice_sent',
  'issued',
  'returned',
] as const
export const StatusCode = z.enum(STATUS_CODES)
export type StatusCode = z.infer<typeof StatusCode>

/** The card reached the city and the 交付通知書 went out: the person books the issuance now. */
export const BOOKABLE_STATUS: StatusCode = 'notice_sent'
/** Returned for a fault (写真不備 etc.): a new application is needed; pop-up staff follow these up. */
export const FAULT_STATUS: StatusCode = 'returned'

const Line = (min: number) => safeText({ max: 200, min, trim: true })
export const LocalText = z.object({ ja: Line(1), en: Line(0) })
export type LocalText = z.infer<typeof LocalText>

export const StatusLabel = z.object({
  code: StatusCode,
  /** As the city's file and staff call it: 交付通知書発送済. */
  label: LocalText,
  /** What it means, in words a caller understands. */
  caller: LocalText,
  /** What happens next. */
  next: LocalText,
  /** How long that usually takes. */
  wait: LocalText,
})
export type StatusLabel = z.infer<typeof StatusLabel>

export const StatusLabelList = z.object({
  labels: z
    .array(StatusLabel)
    .length(STATUS_CODES.length, { message: 'every_status' })
    .refine((labels) => new Set(labels.map((l) => l.code)).size === STATUS_CODES.length, {
      message: 'every_status',
    }),
})
export type StatusLabelList = z.infer<typeof StatusLabelList>

const t = (ja: string, en: string): LocalText => ({ ja, en })

export const DEFAULT_STATUS_LABELS: readonly StatusLabel[] = [
  {
    code: 'received',
    label: t('申請受付', 'Application received'),
    caller: t('申請書が届き、受け付けられています。', 'Your application has arrived and been accepted.'),
    next: t('申請内容の審査に進みます。', 'It goes on to review.'),
    wait: t('通常1〜2週間', 'Usually 1–2 weeks'),
  },
  {
    code: 'reviewing',
    label: t('審査中', 'Under review'),
    caller: t('申請の内容を審査しています。', 'Your application is being reviewed.'),
    next: t('審査が終わるとカードの製造に進みます。', 'After review, the card is made.'),
    wait: t('通常1〜3週間', 'Usually 1–3 weeks'),
  },
  {
    code: 'producing',
    label: t('発行準備中', 'Card being made'),
    caller: t('カードを製造しています。', 'Your card is being made.'),
    next: t('できあがったカードが市役所に届きます。', 'The finished card is sent to the city office.'),
    wait: t('通常2〜3週間', 'Usually 2–3 weeks'),
  },
  {
    code: 'sent_to_city',
    label: t('市区町村へ発送済', 'Sent to the city'),
    caller: t('カードが市役所に向けて発送されました。', 'Your card is on its way to the city office.'),
    next: t(
      '市役所に届き次第、交付通知書（はがき）をお送りします。',
      'When it arrives, the city posts you the issuance notice (a postcard).',
    ),
    wait: t('通常1〜2週間', 'Usually 1–2 weeks'),
  },
  {
    code: 'notice_sent',
    label: t('交付通知書発送済', 'Issuance notice sent'),
    caller: t(
      'カードが市役所に届き、交付通知書（はがき）をお送りしました。',
      'Your card is at the city office and the issuance notice (a postcard) has been posted.',
    ),
    next: t(
      '受け取りの予約をして、はがきと本人確認書類を持ってお越しください。',
      'Book a time to collect it and bring the postcard and your ID.',
    ),
    wait: t('はがきは通常数日で届きます', 'The postcard usually arrives within a few days'),
  },
  {
    code: 'issued',
    label: t('交付済', 'Issued'),
    caller: t('カードはお渡し済みです。', 'The card has been handed over.'),
    next: t('手続きは完了しています。', 'Nothing more is needed.'),
    wait: t('—', '—'),
  },
  {
    code: 'returned',
    label: t('不備返戻', 'Returned for a fault'),
    caller: t(
      '申請書に不備があり、お返ししました（写真の不備など）。',
      'The application had a fault (a photo problem, for example) and was returned.',
    ),
    next: t(
      '新しい申請書で申請し直していただく必要があります。',
      'A new application is needed, on a new form.',
    ),
    wait: t('返送書類は通常1〜2週間で届きます', 'The returned papers usually arrive in 1–2 weeks'),
  },
]

/** The label of a code from a configured list, the default when the list lacks it. */
export function labelOf(labels: readonly StatusLabel[], code: StatusCode): StatusLabel {
  return (
    labels.find((l) => l.code === code) ?? (DEFAULT_STATUS_LABELS.find((l) => l.code === code) as StatusLabel)
  )
}
