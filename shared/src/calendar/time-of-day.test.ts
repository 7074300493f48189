import { describe, expect, it } from 'vitest'
import { isTimeOfDay, minutesOfTime, timeOfMinutes } from './time-of-day'

describe('time of day', () => {
  it.each([
    ['09:00', true],
    ['00:00', true],
    ['23:59', true],
    ['24:00', true],
    ['24:01', false],
    ['25:00', false],
    ['12:60', false],
    ['9:00', false],
    ['0900', false],
  ])('%s → %s', (s, expected) => {
    expect(isTimeOfDay(s)).toBe(expected)
  })

  it('converts to and from minutes', () => {
    expect(minutesOfTime('09:00')).toBe(540)
    expect(minutesOfTime('19:00')).toBe(1140)
    expect(minutesOfTime('24:00')).toBe(1440)
    expect(timeOfMinutes(615)).toBe('10:15')
    expect(timeOfMinutes(0)).toBe('00:00')
    expect(() => minutesOfTime('9:5' as '09:05')).toThrow(RangeError)
    expect(() => timeOfMinutes(1441)).toThrow(RangeError)
  })
})
