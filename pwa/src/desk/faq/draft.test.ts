import { FaqContent } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import { contentOf, formOf, groupsOf, textOfGroups } from './draft'

describe('the FAQ editor form', () => {
  it('round-trips an entry through the text boxes', () => {
    const content = FaqContent.parse({
      question: '暗証番号を忘れました',
      answer: '窓口で再設定します。\n\n- カード\n- 本人確認書類',
      category: 'card_system',
      keywords: ['暗証番号', 'PIN'],
      phrasings: ['パスワードがわからない'],
      audience: 'public',
      sources: [
        { url: 'https://www.kojinbango-card.go.jp/', checkedOn: '2024-12-01', title: 'J-LIS 総合サイト' },
      ],
      translations: { en: { question: 'Forgot my PIN', answer: 'Reset it at the counter.' } },
      editorNote: '',
    })
    expect(FaqContent.parse(contentOf(formOf(content)))).toEqual(content)
  })
  it('reads synonym groups a line each, split by ・ or commas', () => {
    expect(groupsOf('なくした・紛失・落とした\n\n引っ越し, 転居\nひとつだけ')).toEqual([
      ['なくした', '紛失', '落とした'],
      ['引っ越し', '転居'],
    ])
    expect(textOfGroups([['a', 'b']])).toBe('a・b')
  })
})
