import { type LocalDate, recordDate, recordStamp } from '@madoguchi/shared'
import { useLang } from '../app/i18n'

// The desk's one way of writing dates and times (shared/src/calendar/format.ts), in the language
// on screen. Every screen re-renders when the language changes, so reading it here is enough.

/** '2026年12月2日（水）' / 'Wed 2 Dec 2026'; a value that is not a date is shown as it is. */
export function dayText(date: string | null | undefined): string {
  if (!date) return '—'
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? recordDate(date as LocalDate, useLang.getState().lang) : date
}

/** '12月2日 9:40' (the year when not this one) / '2 Dec 9:40', from an instant. */
export function stampText(instant: string | number | null | undefined): string {
  return recordStamp(instant, useLang.getState().lang)
}
