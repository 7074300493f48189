import { DEFAULT_COUNTER_CALENDAR } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import {
  checkForm,
  formFieldErrors,
  fromForm,
  newException,
  newPeriod,
  numberOf,
  toForm,
} from './calendar-form'

const key = (k: string) => k

describe('calendar form', () => {
  it('round-trips a calendar through the form unchanged', () => {
    const calendar = {
      ...DEFAULT_COUNTER_CALENDAR,
      exceptions: [
        { date: '2026-12-12' as const, open: true as const, opens: '09:00', closes: '12:00', capacity: 3 },
        { date: '2026-12-04' as const, open: false as const, note: '臨時休業' },
      ],
    }
    const form = toForm(calendar)
    expect(form.exceptions.map((e) => e.date)).toEqual(['2026-12-04', '2026-12-12'])
    expect(form.periods[0]?.weekdays[0]).toEqual({ open: false, opens: '08:45', closes: '17:15' })
    const back = checkForm(form, key)
    expect(back.ok).toBe(true)
    if (back.ok) {
      expect(back.calendar.periods).toEqual(calendar.periods)
      expect(back.calendar.rules).toEqual(calendar.rules)
      expect(back.calendar.exceptions).toEqual([calendar.exceptions[1], calendar.exceptions[0]])
    }
  })

  it('leaves out an empty note and an empty capacity, and reads full-width digits', () => {
    const form = toForm(DEFAULT_COUNTER_CALENDAR)
    form.exceptions.push({ ...newException('2026-12-19', true), capacity: ' ', note: '' })
    form.rules.opensDaysAhead = '９０'
    const out = fromForm(form) as { exceptions: object[]; rules: { opensDaysAhead: number } }
    expect(out.exceptions[0]).toEqual({ date: '2026-12-19', open: true, opens: '09:00', closes: '12:00' })
    expect(out.rules.opensDaysAhead).toBe(90)
    expect(numberOf('1.5')).toBeNaN()
    expect(numberOf('')).toBeNaN()
  })

  it('names the problems by field path, as the server does', () => {
    const form = toForm(DEFAULT_COUNTER_CALENDAR)
    const period = form.periods[0]
    if (!period?.weekdays[1]) throw new Error('no period')
    period.weekdays[1].closes = '08:00'
    period.capacity = 'x'
    const checked = checkForm(form, key)
    expect(checked.ok).toBe(false)
    if (!checked.ok) {
      expect(Object.keys(checked.fields).sort()).toEqual([
        'periods.0.capacity',
        'periods.0.weekdays.1.closes',
      ])
    }
    const twice = toForm(DEFAULT_COUNTER_CALENDAR)
    twice.exceptions.push(newException('2026-12-19', false), newException('2026-12-19', false))
    const duplicate = checkForm(twice, key)
    expect(duplicate.ok ? {} : duplicate.fields).toEqual({
      exceptions: [{ code: 'duplicate_date', message: 'field.duplicate_date' }],
    })
  })

  it("maps the server's body paths onto the form's", () => {
    const problem = { code: 'invalid_value', message: 'x' }
    expect(formFieldErrors({ 'calendar.periods.0.to': [problem], expectedVersion: [problem] })).toEqual({
      'periods.0.to': [problem],
      expectedVersion: [problem],
    })
  })

  it('starts a new period with the hours of the last one', () => {
    const form = toForm(DEFAULT_COUNTER_CALENDAR)
    const next = newPeriod(form)
    expect(next.from).toBe('')
    expect(next.weekdays[1]).toEqual({ open: true, opens: '08:45', closes: '17:15' })
    expect(newPeriod({ ...form, periods: [] }).weekdays.map((w) => w.open)).toEqual([
      false,
      true,
      true,
      true,
      true,
      true,
      false,
    ])
  })
})
