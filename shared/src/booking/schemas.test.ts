import { describe, expect, it } from 'vitest'
import { BookingPerson } from './schemas'

const person = { name: '恵庭 花子', kana: 'エニワ ハナコ', birthDate: '1980-04-01', phone: '09012345678' }

/** Each field's problems, as the desk shows them under the field. */
function problems(input: Record<string, string>): Record<string, string[]> {
  const result = BookingPerson.safeParse(input)
  const out: Record<string, string[]> = {}
  if (result.success) return out
  for (const issue of result.error.issues) {
    const field = String(issue.path[0])
    out[field] = [...(out[field] ?? []), issue.message]
  }
  return out
}

describe('booking person fields', () => {
  it('an empty フリガナ is one problem: required', () => {
    expect(problems({ ...person, kana: '' })).toEqual({ kana: ['required'] })
    expect(problems({ ...person, kana: 'abc' })).toEqual({ kana: ['invalid_format'] })
  })

  it('an empty 生年月日 says required, a wrong one invalid_date', () => {
    expect(problems({ ...person, birthDate: '' })).toEqual({ birthDate: ['required'] })
    expect(problems({ ...person, birthDate: '1980-02-30' })).toEqual({ birthDate: ['invalid_date'] })
    expect(BookingPerson.parse(person).birthDate).toBe('1980-04-01')
  })
})
