import { makeIndividualNumber } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import { EMPTY_LOG, type OpenCall } from '../call/store'
import { CATEGORY_CODES, categoryKey, closeRequestOf, toggleCategory } from './draft'

const call = (log: Partial<OpenCall['log']>, details: Record<string, string> = {}): OpenCall => ({
  id: '6f1c1f5e-7a0e-4b7e-9a51-3f2b8c1d2e3f',
  userId: 'u',
  source: 'hand',
  answeredAt: '2026-12-02T01:00:00.000Z',
  callerPhone: null,
  line: null,
  links: [],
  endedAt: null,
  log: { ...EMPTY_LOG, ...log, details },
})

describe('the call log draft', () => {
  it('gives every category a key: 1–9, 0, then Shift+1–3', () => {
    const keys = CATEGORY_CODES.map((_, i) => categoryKey(i))
    expect(keys).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', 'Shift+1', 'Shift+2', 'Shift+3'])
    expect(new Set(keys).size).toBe(CATEGORY_CODES.length)
  })

  it('toggles categories, the first chosen first', () => {
    const once = toggleCategory(EMPTY_LOG, 'documents')
    expect(toggleCategory(once, 'deadlines').categories).toEqual(['documents', 'deadlines'])
    expect(toggleCategory(once, 'documents').categories).toEqual([])
  })

  it('makes a routine close request in a few keys: a category and r', () => {
    const made = closeRequestOf(
      call({ categories: ['items_to_bring'], outcome: 'resolved' }),
      95,
      '2026-12-02T01:01:35.000Z',
    )
    expect('request' in made && made.request).toMatchObject({
      outcome: 'resolved',
      talkSeconds: 95,
      categories: ['items_to_bring'],
    })
  })

  it('says what an escalation still needs before anything is sent', () => {
    const made = closeRequestOf(
      call({ categories: ['documents'], outcome: 'escalated' }, { department: '市民課' }),
      60,
      '2026-12-02T01:01:00.000Z',
    )
    expect('problems' in made && Object.keys(made.problems).sort()).toEqual([
      'contact.phone',
      'escalation.question',
    ])
  })

  it('refuses an individual number in the summary on the desk too', () => {
    const made = closeRequestOf(
      call({ categories: ['documents'], outcome: 'resolved', summary: makeIndividualNumber('12345678901') }),
      60,
      '2026-12-02T01:01:00.000Z',
    )
    expect('problems' in made && made.problems.summary).toEqual(['individual_number'])
  })
})
