import { describe, expect, it } from 'vitest'
import { formatRef, newRef } from './ref'
import { kanaSearchKey, normalisePhone, parseBirthDate, recogniseQuery, toKatakana } from './search-query'

describe('the desk search box', () => {
  it('folds hiragana and half-width kana to katakana', () => {
    expect(toKatakana('やまだ たろう')).toBe('ヤマダ タロウ')
    expect(toKatakana('ﾔﾏﾀﾞ ﾀﾛｳ')).toBe('ヤマダ タロウ')
    expect(kanaSearchKey('やまだ　たろう')).toBe('ヤマダタロウ')
  })

  it('keys plain katakana without NFKC exactly as through it', () => {
    // The shortcut for names already stored as katakana must give the key the full folding gives.
    const slow = (text: string) => text.normalize('NFKC').replace(/[\s\u3000・･]/gu, '')
    const katakana = Array.from({ length: 0x30fa - 0x30a1 + 1 }, (_, i) => String.fromCharCode(0x30a1 + i))
    const names = [...katakana, 'ー', katakana.join(''), 'ヤマダ タロウ', ' ヴァ ヵヶ ', '']
    for (const name of names) expect(kanaSearchKey(name)).toBe(slow(name))
    expect(kanaSearchKey('ヤマダ・タロウ')).toBe('ヤマダタロウ')
    expect(kanaSearchKey('ﾔﾏﾀﾞ ﾀﾛｳ')).toBe('ヤマダタロウ')
  })

  it('reads phone numbers with hyphens, full-width digits or +81', () => {
    expect(normalisePhone('090-1234-5678')).toBe('09012345678')
    expect(normalisePhone('０１２３（３４）５６７８')).toBe('0123345678')
    expect(normalisePhone('+81 90 1234 5678')).toBe('09012345678')
    expect(normalisePhone('1234')).toBeNull()
  })

  it('reads birth dates in western and era forms', () => {
    expect(parseBirthDate('1980-04-01')).toBe('1980-04-01')
    expect(parseBirthDate('1980/4/1')).toBe('1980-04-01')
    expect(parseBirthDate('19800401')).toBe('1980-04-01')
    expect(parseBirthDate('１９８０年４月１日')).toBe('1980-04-01')
    expect(parseBirthDate('S55.4.1')).toBe('1980-04-01')
    expect(parseBirthDate('s55/4/1')).toBe('1980-04-01')
    expect(parseBirthDate('昭和55年4月1日')).toBe('1980-04-01')
    expect(parseBirthDate('H元.1.8')).toBe('1989-01-08')
    expect(parseBirthDate('R1.5.1')).toBe('2019-05-01')
    expect(parseBirthDate('1980-02-30')).toBeNull()
  })

  it('recognises what was typed', () => {
    const ref = newRef()
    expect(recogniseQuery(formatRef(ref).toLowerCase())).toEqual({ kind: 'ref', ref })
    expect(recogniseQuery('ABCD-EFG')).toMatchObject({ kind: expect.stringMatching(/ref/) })
    expect(recogniseQuery('０９０ー１２３４ー５６７８')).toEqual({ kind: 'phone', phone: '09012345678' })
    expect(recogniseQuery('S55.4.1')).toEqual({ kind: 'birth_date', birthDate: '1980-04-01' })
    expect(recogniseQuery('やまだ')).toEqual({ kind: 'kana', kana: 'ヤマダ' })
    expect(recogniseQuery('山田 太郎')).toEqual({ kind: 'name', name: '山田太郎' })
  })
})
