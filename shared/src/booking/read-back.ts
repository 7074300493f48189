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
 * The script the operator reads aloud after booking, one sentence a line, so nobody composes a
 * sentence from memory while the caller waits. A family booked together shares the date and time;
 * each person gets their own reference, and the items are listed once per type.
 */
export function readBackScript(
  bookings: readonly ReadBackBooking[],
  types: readonly BookingTypeDef[],
  lang: 'ja' | 'en',
): string[] {
  const first = bookings[0]
  if (!first) return []
  const when =
    lang === 'ja'
      ? formatDateTimeJa(first.date, first.time as TimeOfDay)
      : formatDateTimeEn(first.date, first.time as TimeOfDay)
  const lines: string[] =
    lang === 'ja'
      ? ['ご予約をお取りしました。内容を確認させていただきます。', `ご来庁の日時は、${when}からです。`]
      : ['Your booking is made. Let me read it back to you.', `Please come on ${when}.`]

  for (const b of bookings) {
    const shown = formatRef(b.ref)
    const who = bookings.length > 1 && b.name ? b.name : undefined
    if (lang === 'ja') {
      lines.push(`${who ? `${who}様の` : ''}予約番号は「${shown}」です。${spellRefForPhone(b.ref, 'ja')}。`)
    } else {
      lines.push(
        `${who ? `The reference for ${who} is` : 'Your booking reference is'} ${shown}: ${spellRefForPhone(b.ref, 'en')}.`,
      )
    }
  }

  const seen = new Set<string>()
  for (const b of bookings) {
    const key = `${b.type}:${b.proxy}`
    if (seen.has(key)) continue
    seen.add(key)
    const type = types.find((t) => t.code === b.type)
    if (!type) continue
    const own = itemsToBring(type, false, lang)
    const proxy = b.proxy ? type.itemsToBringForProxy.map((i) => i[lang]) : []
    const label = type.label[lang]
    const prefix = seen.size > 1 || bookings.some((o) => o.type !== b.type) ? label : ''
    if (lang === 'ja') {
      lines.push(`${prefix ? `${prefix}の方は、` : ''}当日、${own.join('、')}をお持ちください。`)
      if (proxy.length)
        lines.push(`代理の方がお越しになる場合は、あわせて${proxy.join('、')}をお持ちください。`)
    } else {
      lines.push(`${prefix ? `For ${label}, please` : 'Please'} bring: ${own.join('; ')}.`)
      if (proxy.length) lines.push(`As a proxy is coming, please also bring: ${proxy.join('; ')}.`)
    }
  }

  lines.push(
    lang === 'ja'
      ? '変更やキャンセルの際は、予約番号をお知らせください。'
      : 'To change or cancel, please call us with your booking reference.',
  )
  return lines
}
