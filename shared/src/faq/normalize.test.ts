import { describe, expect, it } from 'vitest'
import { normalizeForSearch as n, ngrams } from './normalize'

describe('normalizeForSearch', () => {
  it('makes full and half width the same (NFKC)', () => {
    expect(n('ＰＩＮ１２３')).toBe(n('PIN123'))
    expect(n('ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞ')).toBe(n('マイナンバーカード'))
  })
  it('makes hiragana and katakana the same', () => {
    expect(n('マイナポータル')).toBe(n('まいなぽーたる'))
    expect(n('カード')).toBe('かど')
  })
  it('ignores long-vowel marks and small kana', () => {
    expect(n('サーバー')).toBe(n('サーバ'))
    expect(n('しょうめいしょ')).toBe(n('しようめいしよ'))
    expect(n('ヴァイオリン')).toBe(n('ぶあいおりん'))
  })
  it('ignores case, spaces, punctuation and symbols', () => {
    expect(n('My Number Card!')).toBe('mynumbercard')
    expect(n('　暗証番号、忘れた？')).toBe('暗証番号忘れた')
    expect(n('"*^:()-OR NEAR')).toBe('ornear')
    expect(n('🙂🙂')).toBe('')
  })
  it('keeps kanji, digits and latin letters', () => {
    expect(n('10年 更新')).toBe('10年更新')
  })
  it('is idempotent', () => {
    for (const s of ['ｶｰﾄﾞ紛失', 'わすれちゃった', 'Ｍｙ　ナンバー']) expect(n(n(s))).toBe(n(s))
  })
})

describe('ngrams', () => {
  it('slides over characters, not UTF-16 units', () => {
    expect(ngrams('暗証番号', 3)).toEqual(['暗証番', '証番号'])
    expect(ngrams('𠮷野家', 2)).toEqual(['𠮷野', '野家'])
    expect(ngrams('紛失', 3)).toEqual(['紛失'])
    expect(ngrams('', 2)).toEqual([])
  })
})
