import { describe, expect, it } from 'vitest'
import { splitNames } from './NewSessionForm'

describe('splitNames', () => {
  it('splits staff names on Japanese and Latin commas and drops blanks', () => {
    expect(splitNames('山田、 佐藤，鈴木,  ,Tanaka')).toEqual(['山田', '佐藤', '鈴木', 'Tanaka'])
    expect(splitNames('')).toEqual([])
  })
})
