import { formatDateTimeEn, formatDateTimeJa } from '../calendar/format'
import type { LocalDate } from '../calendar/local-date'
import type { TimeOfDay } from '../calendar/time-of-day'
import { itemsToBring } from './items-to-bring'
import { formatRef, spellRefForPhone } from './ref'
import type { BookingTypeCode, BookingTypeDef } from './types'

export interface ReadBackBooking {
  ref: string
  type: BookingTypeCode
  date: LocalDate
  time: string
  proxy: boolean
  /** The person's name, to tell the references of a family apart. */
  name?: string
}

/**
 * What just happened on the desk, which decides the first sentence: a new booking, a move, a
 * cancellation, or a booking only looked up (opening it changed nothing, so it says nothing was done).
 */
export type ReadBackKind = 'booked' | 'moved' | 'cancelled' | 'lookedUp'

const OPENING: Record<ReadBackKind, Record<'ja' | 'en', string>> = {
  booked: {
    ja: 'ご予約をお取りしました。内容を確認させていただきます。',
    en: 'Your booking is made. Let me read it back to you.',
  },
  moved: {
    ja: 'ご予約の日時を変更しました。変更後の内容を確認させていただきます。',
    en: 'Your booking is moved. Let me read the new time back to you.',
  },
  cancelled: {
    ja: '以下のご予約をキャンセルしました。',
    en: 'The booking below is cancelled.',
  },
  lookedUp: {
    ja: 'ご予約の内容を確認させていただきます。',
    en: 'Let me read your booking back to you.',
  },
}

const whenOf = (b: ReadBackBooking, lang: 'ja' | 'en') =>
  lang === 'ja'
    ? formatDateTimeJa(b.date, b.time as TimeOfDay)
    : formatDateTimeEn(b.date, b.time as TimeOfDay)

/**
 * The script the operator reads aloud, one sentence a line, so nobody composes a sentence from
 * memory while the caller waits. It covers exactly the bookings the action touched (`bookings`),
 * each person with their own time when the times differ (a family member moved alone keeps theirs
 * apart). The items to bring are read once per booking type; a proxy's papers once, after them.
 * A cancellation reads no items: nobody is coming.
 */
export function readBackScript(
  kind: ReadBackKind,
  bookings: readonly ReadBackBooking[],
  types: readonly BookingTypeDef[],
  lang: 'ja' | 'en',
): string[] {
  const first = bookings[0]
  if (!first) return []
  const lines = [OPENING[kind][lang]]
  const sameTime = bookings.every((b) => b.date === first.date && b.time === first.time)
  const many = bookings.length > 1

  if (sameTime && kind !== 'cancelled') {
    const when = whenOf(first, lang)
    lines.push(lang === 'ja' ? `ご来庁の日時は、${when}からです。` : `Please come on ${when}.`)
  }
  for (const b of bookings) {
    const shown = formatRef(b.ref)
    const who = many && b.name ? b.name : undefined
    const spelled = spellRefForPhone(b.ref, lang)
    const when = sameTime && kind !== 'cancelled' ? undefined : whenOf(b, lang)
    if (lang === 'ja') {
      const whose = who ? `${who}様の` : ''
      if (when)
        lines.push(
          `${whose}${kind === 'cancelled' ? 'キャンセルした日時は' : 'ご来庁の日時は'}、${when}からです。`,
        )
      lines.push(`${whose}予約番号は「${shown}」です。${spelled}。`)
    } else {
      if (when)
        lines.push(
          `${who ? `${who}: ` : ''}${kind === 'cancelled' ? 'was booked for' : 'please come on'} ${when}.`,
        )
      lines.push(`${who ? `The reference for ${who} is` : 'Your booking reference is'} ${shown}: ${spelled}.`)
    }
  }

  if (kind !== 'cancelled') lines.push(...bringLines(bookings, types, lang))

  lines.push(
    lang === 'ja'
      ? kind === 'cancelled'
        ? 'またのご予約は、お電話または予約サイトでお受けします。'
        : '変更やキャンセルの際は、予約番号をお知らせください。'
      : kind === 'cancelled'
        ? 'To book again, call us or use the booking web site.'
        : 'To change or cancel, please call us with your booking reference.',
  )
  return lines
}

/** What to bring: once per booking type (named only when the party mixes types), then a proxy's papers once. */
function bringLines(
  bookings: readonly ReadBackBooking[],
  types: readonly BookingTypeDef[],
  lang: 'ja' | 'en',
): string[] {
  const lines: string[] = []
  const codes = [...new Set(bookings.map((b) => b.type))]
  const mixed = codes.length > 1
  for (const code of codes) {
    const type = types.find((t) => t.code === code)
    if (!type) continue
    const own = itemsToBring(type, false, lang)
    const label = type.label[lang]
    if (lang === 'ja')
      lines.push(`${mixed ? `${label}の方は、` : ''}当日、${own.join('、')}をお持ちください。`)
    else lines.push(`${mixed ? `For ${label}, please` : 'Please'} bring: ${own.join('; ')}.`)
  }
  const proxyItems = [
    ...new Set(
      bookings
        .filter((b) => b.proxy)
        .flatMap((b) => types.find((t) => t.code === b.type)?.itemsToBringForProxy.map((i) => i[lang]) ?? []),
    ),
  ]
  if (proxyItems.length)
    lines.push(
      lang === 'ja'
        ? `代理の方がお越しになる場合は、あわせて${proxyItems.join('、')}をお持ちください。`
        : `As a proxy is coming, please also bring: ${proxyItems.join('; ')}.`,
    )
  return lines
}
