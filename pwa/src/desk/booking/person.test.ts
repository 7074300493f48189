import { describe, expect, it } from 'vitest'
import {
  emptyPerson,
  otherProblems,
  partyRequest,
  personFromSearch,
  personProblems,
  resizeParty,
  tidyField,
} from './person'

describe('tidyField', () => {
  it('turns hiragana and half-width kana into katakana', () => {
    expect(tidyField('kana', ' やまだ たろう ')).toBe('ヤマダ タロウ')
    expect(tidyField('kana', 'ﾔﾏﾀﾞ')).toBe('ヤマダ')
  })

  it('reads a birth date in the usual spellings, and leaves what it cannot read', () => {
    for (const typed of [
      '1980-04-01',
      '19800401',
      '1980/4/1',
      'S55.4.1',
      '昭和55年4月1日',
      '１９８０－０４－０１',
    ]) {
      expect(tidyField('birthDate', typed), typed).toBe('1980-04-01')
    }
    expect(tidyField('birthDate', '55/4/1')).toBe('55/4/1')
  })

  it('keeps only the digits of a phone number', () => {
    expect(tidyField('phone', '０９０－１２３４－５６７８')).toBe('09012345678')
    expect(tidyField('phone', '0123-45-6789')).toBe('0123456789')
    expect(tidyField('phone', '12345')).toBe('12345')
  })
})

describe('personFromSearch', () => {
  it('starts the form with what the caller was searched by', () => {
    expect(personFromSearch({ kind: 'phone', phone: '09012345678' }).phone).toBe('09012345678')
    expect(personFromSearch({ kind: 'kana', kana: 'ヤマダ' }).kana).toBe('ヤマダ')
    expect(personFromSearch({ kind: 'birth_date', birthDate: '1980-04-01' }).birthDate).toBe('1980-04-01')
    expect(personFromSearch({ kind: 'ref', ref: 'K7M4QXP' })).toEqual(emptyPerson())
    expect(personFromSearch(null)).toEqual(emptyPerson())
  })
})

describe('resizeParty', () => {
  it('adds family members with the first person’s phone and keeps what was typed', () => {
    const first = { ...emptyPerson(), name: '恵庭 花子', phone: '09012345678' }
    const three = resizeParty([first], 3)
    expect(three).toHaveLength(3)
    expect(three[0]).toBe(first)
    expect(three[2]?.phone).toBe('09012345678')
    expect(three[2]?.name).toBe('')
    expect(resizeParty(three, 1)).toEqual([first])
  })
})

describe('partyRequest', () => {
  it('sends each person tidied, with the booking type', () => {
    const typed = {
      name: ' 恵庭 花子 ',
      kana: 'えにわ',
      birthDate: 'S55.4.1',
      phone: '090-1234-5678',
      proxy: true,
    }
    expect(partyRequest([typed], 'renewal')).toEqual([
      {
        type: 'renewal',
        name: '恵庭 花子',
        kana: 'エニワ',
        birthDate: '1980-04-01',
        phone: '09012345678',
        proxy: true,
      },
    ])
  })
})

describe('personProblems', () => {
  it('puts the server’s field problems under each person’s field', () => {
    const fields = {
      'people.0.kana': [{ code: 'invalid_format', message: '形式' }],
      'people.1.phone': [{ code: 'required', message: '必須' }],
      'people.1.name': [{ code: 'individual_number', message: '個人番号' }],
      date: [{ code: 'invalid_date', message: '日付' }],
    }
    const problems = personProblems(fields, 2)
    expect(problems[0]?.kana?.[0]?.code).toBe('invalid_format')
    expect(problems[1]?.phone?.[0]?.code).toBe('required')
    expect(problems[1]?.name?.[0]?.code).toBe('individual_number')
    expect(otherProblems(fields).map((p) => p.code)).toEqual(['invalid_date'])
  })

  it('ignores people who are not on the form', () => {
    expect(personProblems({ 'people.5.kana': [{ code: 'x', message: 'x' }] }, 1)).toEqual([{}])
  })
})
