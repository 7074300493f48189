import { toTokyo } from '../calendar/tokyo'

/** 平均通話時間 as the report prints it: whole seconds, rounded, as mm:ss (an hour or more: 75:03). */
export function formatMmSs(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '—'
  const whole = Math.round(seconds)
  return `${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`
}

/** A rate as a percentage with one decimal ('87.5%'); a rate of nothing (0 ÷ 0) is '—'. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`
}

/** numerator ÷ denominator, or null when there is nothing to divide by. */
export function rateOf(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator
}

/**
 * An instant as a spreadsheet reads a date-time, on a Tokyo clock: '2026-12-02 09:42:19'. Excel and
 * Calc parse this form as a date-time; an ISO string in UTC would open nine hours off.
 */
export function tokyoDateTimeText(instant: number | Date | string | null | undefined): string {
  if (instant === null || instant === undefined || instant === '') return ''
  const ms =
    typeof instant === 'string'
      ? Date.parse(instant)
      : typeof instant === 'number'
        ? instant
        : instant.getTime()
  if (!Number.isFinite(ms)) return ''
  const { date, minutes } = toTokyo(ms)
  const seconds = Math.floor((((ms % 60_000) + 60_000) % 60_000) / 1000)
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0')
  const mm = String(minutes % 60).padStart(2, '0')
  return `${date} ${hh}:${mm}:${String(seconds).padStart(2, '0')}`
}
