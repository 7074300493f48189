import type { LocalDate } from '../calendar/local-date'
import { fromTokyo, type Instant, tokyoDate } from '../calendar/tokyo'

export type AttendanceMark = 'attended' | 'no_show'

/**
 * When the counter may record how a booking went. 来庁 (attended) from the booking's date on; no-show
 * once its start time has passed. Before that either mark is a slip (the wrong booking open, or a
 * caller who will not come, which is a cancellation) and would take a live place out of the count.
 */
export function attendanceDue(
  mark: AttendanceMark,
  booking: { date: LocalDate; startMin: number },
  now: Instant,
): boolean {
  const nowMs = typeof now === 'number' ? now : now.getTime()
  if (mark === 'attended') return tokyoDate(nowMs) >= booking.date
  return nowMs >= fromTokyo(booking.date, booking.startMin)
}
