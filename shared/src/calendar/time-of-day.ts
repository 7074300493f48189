/**
 * A wall-clock time as 'HH:MM' (24-hour). '24:00' is allowed so a closing time can mean the end of
 * the day. Opening hours are configuration, so they stay in this readable form.
 */
export type TimeOfDay = `${number}:${number}`

const SHAPE = /^(\d{2}):(\d{2})$/

export function isTimeOfDay(s: string): s is TimeOfDay {
  const m = SHAPE.exec(s)
  if (!m) return false
  const [hours, minutes] = [Number(m[1]), Number(m[2])]
  return (hours < 24 && minutes < 60) || (hours === 24 && minutes === 0)
}

/** Minutes since midnight, 0 … 1440. */
export function minutesOfTime(time: TimeOfDay): number {
  if (!isTimeOfDay(time)) throw new RangeError(`not a time (HH:MM): ${time}`)
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3))
}

export function timeOfMinutes(minutes: number): TimeOfDay {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440) {
    throw new RangeError(`not a minute of the day: ${minutes}`)
  }
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0')
  const mm = String(minutes % 60).padStart(2, '0')
  return `${hh}:${mm}` as TimeOfDay
}
