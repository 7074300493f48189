import { describe, expect, it } from 'vitest'
import { answerBlocks, answerPlainText } from './format'

describe('answer formatting', () => {
  it('reads paragraphs, lists and links', () => {
    const blocks = answerBlocks(
      'カードを止めてください。\n\n持ち物:\n- 交付通知書\n- 本人確認書類\n\n詳しくは https://www.kojinbango-card.go.jp/ へ',
    )
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'list', 'paragraph'])
    expect(blocks[2]).toMatchObject({
      kind: 'list',
      ordered: false,
      items: [[{ text: '交付通知書' }], [{ text: '本人確認書類' }]],
    })
    expect(blocks[3]).toEqual({
      kind: 'paragraph',
      lines: [
        [
          { kind: 'text', text: '詳しくは ' },
          {
            kind: 'link',
            href: 'https://www.kojinbango-card.go.jp/',
            text: 'https://www.kojinbango-card.go.jp/',
          },
          { kind: 'text', text: ' へ' },
        ],
      ],
    })
  })
  it('numbers ordered lists and never links anything but http(s)', () => {
    const blocks = answerBlocks('1. 電話する\n2. 届け出る\n\njavascript:alert(1)')
    expect(blocks[0]).toMatchObject({ kind: 'list', ordered: true })
    expect(blocks[1]).toEqual({ kind: 'paragraph', lines: [[{ kind: 'text', text: 'javascript:alert(1)' }]] })
  })
  it('gives a plain text to read aloud', () => {
    expect(answerPlainText('はい。\n\n- 一つ目\n- 二つ目')).toBe('はい。\n\n・一つ目\n・二つ目')
  })
})
