import { describe, expect, it } from 'vitest'
import { enterIntent } from './useFind'

describe('Enter in the find box', () => {
  it('searches a query the list does not answer yet', () => {
    expect(enterIntent('090-1234-5678', '', null, 0)).toBe('search')
    expect(enterIntent('ヤマダ', 'チトセ', null, 3)).toBe('search')
  })

  it('opens the chosen result when the list already answers what the box holds', () => {
    expect(enterIntent(' ヤマダ ', 'ヤマダ', null, 2)).toBe('open')
  })

  it('searches again when the answer found nothing, since there is nothing to open', () => {
    expect(enterIntent('ヤマダ', 'ヤマダ', null, 0)).toBe('search')
  })

  it('waits for the answer already on its way rather than sending the same search twice', () => {
    expect(enterIntent('ヤマダ', 'チトセ', 'ヤマダ', 1)).toBe('wait')
    expect(enterIntent('ヤマダ', '', 'ヤマダ', 0)).toBe('wait')
  })

  it('searches a changed query even while another answer is on its way', () => {
    expect(enterIntent('ヤマダ タロウ', '', 'ヤマダ', 0)).toBe('search')
  })

  it('leaves an empty box to the search, which says what may be typed', () => {
    expect(enterIntent('  ', '', null, 0)).toBe('search')
  })
})
