import { dateParts, type LocalDate, weekday } from './local-date'
import { minutesOfTime, type TimeOfDay } from './time-of-day'
import { toTokyo } from './tokyo'

// Dates as the city writes them. Plain tables rather than Intl: the output must not depend on the
// ICU data a tablet happens to ship.

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'] as const
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const
const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const

/** '2026年12月3日（木）' */
export function formatDateJa(date: LocalDate): string {
  const { year, month, day } = dateParts(date)
  return `${year}年${month}月${day}日（${WEEKDAYS_JA[weekday(date)]}）`
}

/** '12月3日（木）10時15分'; on the hour just '10時', as it is said on the phone. */
export function formatDateTimeJa(date: LocalDate, time: TimeOfDay): string {
  const { month, day } = dateParts(date)
  const minutes = minutesOfTime(time)
  const clock = `${Math.floor(minutes / 60)}時${minutes % 60 === 0 ? '' : `${minutes % 60}分`}`
  return `${month}月${day}日（${WEEKDAYS_JA[weekday(date)]}）${clock}`
}

/** 'Thu 3 Dec 2026' */
export function formatDateEn(date: LocalDate): string {
  const { year, month, day } = dateParts(date)
  return `${WEEKDAYS_EN[weekday(date)]} ${day} ${MONTHS_EN[month - 1]} ${year}`
}

/** 'Thu 3 Dec 10:15' */
export function formatDateTimeEn(date: LocalDate, time: TimeOfDay): string {
  const { month, day } = dateParts(date)
  return `${WEEKDAYS_EN[weekday(date)]} ${day} ${MONTHS_EN[month - 1]} ${time}`
}

/**
 * Dates in records and tables (a record's date, the day a file was imported, a due date): as the
 * city writes them, '2026年12月2日（水）', or 'Wed 2 Dec 2026' in English. One form on every desk
 * screen; what is read out to a caller uses formatDateTimeJa.
 */
export function recordDate(date: LocalDate, lang: 'ja' | 'en' = 'ja'): string {
  return lang === 'ja' ? formatDateJa(date) : formatDateEn(date)
}

/**
 * When something was logged or changed, in Tokyo time: '12月2日 9:40', with the year only when it is
 * not this year ('2025年12月2日 9:40'); 'Wed 2 Dec 9:40' in English. '—' when there is none.
 */
export function recordStamp(
  instant: string | number | null | undefined,
  lang: 'ja' | 'en' = 'ja',
  now: number = Date.now(),
): string {
  if (instant === null || instant === undefined) return '—'
  const ms = typeof instant === 'number' ? instant : Date.parse(instant)
  if (Number.isNaN(ms)) return '—'
  const local = toTokyo(ms)
  const { year, month, day } = dateParts(local.date)
  const sameYear = dateParts(toTokyo(now).date).year === year
  const clock = `${Math.floor(local.minutes / 60)}:${String(local.minutes % 60).padStart(2, '0')}`
  if (lang === 'en') return `${day} ${MONTHS_EN[month - 1]}${sameYear ? '' : ` ${year}`} ${clock}`
  return `${sameYear ? '' : `${year}年`}${month}月${day}日 ${clock}`
}

/**
 * Era start dates, newest first. Meiji is counted from 1873, when Japan took up the Gregorian
 * calendar; dates of birth on the forms go back that far, nothing else does.
 */
const ERAS = [
  { name: '令和', starts: '2019-05-01' },
  { name: '平成', starts: '1989-01-08' },
  { name: '昭和', starts: '1926-12-25' },
  { name: '大正', starts: '1912-07-30' },
  { name: '明治', starts: '1868-01-25' },
] as const satisfies readonly { name: string; starts: LocalDate }[]

const GREGORIAN_IN_JAPAN: LocalDate = '1873-01-01'

export type Wareki = { era: (typeof ERAS)[number]['name']; year: number }

export function warekiOf(date: LocalDate): Wareki {
  const era = ERAS.find((e) => date >= e.starts)
  if (!era || date < GREGORIAN_IN_JAPAN) throw new RangeError(`no Gregorian 和暦 date before 1873: ${date}`)
  return { era: era.name, year: dateParts(date).year - dateParts(era.starts).year + 1 }
}

/** '令和8年12月3日'; the first year of an era is 元年, as forms print it. */
export function formatWareki(date: LocalDate): string {
  const { era, year } = warekiOf(date)
  const { month, day } = dateParts(date)
  return `${era}${year === 1 ? '元' : year}年${month}月${day}日`
}
