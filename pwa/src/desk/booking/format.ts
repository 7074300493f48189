import {
  type BookingTypeCode,
  type BookingTypeDef,
  formatDateEn,
  formatDateJa,
  formatDateTimeEn,
  formatDateTimeJa,
  formatWareki,
  type Lang,
  type LocalDate,
  type TimeOfDay,
} from '@madoguchi/shared'

// Dates as the city writes them (2026年12月3日（木）), from the shared tables, never from Intl.

export function dateLabel(date: LocalDate, lang: Lang): string {
  return lang === 'ja' ? formatDateJa(date) : formatDateEn(date)
}

/** '2026年12月3日（木）10時15分' / 'Thu 3 Dec 2026 10:15': the year matters on paper and on screen. */
export function dateTimeLabel(date: LocalDate, time: string, lang: Lang): string {
  if (lang === 'en') return `${formatDateEn(date)} ${time}`
  const spoken = formatDateTimeJa(date, time as TimeOfDay)
  return `${formatDateJa(date)}${spoken.slice(spoken.indexOf('）') + 1)}`
}

/** '12月3日（木）10時15分': as it is said on the phone. */
export function spokenDateTime(date: LocalDate, time: string, lang: Lang): string {
  return lang === 'ja' ? formatDateTimeJa(date, time as TimeOfDay) : formatDateTimeEn(date, time as TimeOfDay)
}

/** A birth date with its 和暦, as forms print it: '1980年4月1日（昭和55年）'. */
export function birthDateLabel(date: LocalDate, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number)
  try {
    const wareki = formatWareki(date)
    const era = wareki.slice(0, wareki.indexOf('年') + 1)
    return lang === 'ja' ? `${y}年${m}月${d}日（${era}）` : `${date} (${era})`
  } catch {
    return date
  }
}

export function typeLabel(types: readonly BookingTypeDef[], code: BookingTypeCode, lang: Lang): string {
  return types.find((t) => t.code === code)?.label[lang] ?? code
}
