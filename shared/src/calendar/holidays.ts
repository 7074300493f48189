// The data module alone: the package's main entry also requires its package.json and a formatter
// that reads dates in the device's zone. This file is plain CommonJS data, which Vite and Node both load.
import holidays from '@holiday-jp/holiday_jp/lib/holidays'
import type { Holiday } from '@holiday-jp/holiday_jp/lib/types'
import type { Lang } from '../i18n'
import type { LocalDate } from './local-date'

/**
 * Japanese national holidays, substitute holidays (振替休日) and citizens' holidays (国民の休日),
 * from the maintained holiday_jp data set rather than a hand-written list.
 */
const HOLIDAYS: Readonly<Record<string, Holiday>> = holidays

const years = Object.keys(HOLIDAYS).map((date) => Number(date.slice(0, 4)))

/** The years the data set covers. Outside them every day reads as an ordinary day. */
export const HOLIDAY_DATA_YEARS = { first: Math.min(...years), last: Math.max(...years) } as const

/** The holiday's name, or null on an ordinary day. A substitute holiday in Japanese reads
 * '憲法記念日 振替休日'; in English the library calls it 'Holiday in lieu'. */
export function holidayName(date: LocalDate, lang: Lang = 'ja'): string | null {
  const holiday = HOLIDAYS[date]
  if (!holiday) return null
  return lang === 'ja' ? holiday.name : holiday.name_en
}

export function isNationalHoliday(date: LocalDate): boolean {
  return HOLIDAYS[date] !== undefined
}
