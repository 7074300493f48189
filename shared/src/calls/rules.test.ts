import { describe, expect, it } from 'vitest'
import { makeIndividualNumber } from '../individual-number'
import { closeProblems, primaryOf } from './rules'
import { CloseCallRequest } from './schemas'

const base = {
  outcome: 'resolved',
  categories: ['items_to_bring'],
  endedAt: '2026-12-02T01:05:00Z',
  talkSeconds: 185,
}
const close = (extra: Record<string, unknown>) => CloseCallRequest.parse({ ...base, ...extra })
const codes = (extra: Record<string, unknown>) =>
  closeProblems(close(extra)).map((p) => `${p.path}:${p.code}`)

describe('outcome rules', () => {
  it('accepts a routine resolved call with one category', () => {
    expect(codes({})).toEqual([])
    expect(primaryOf(close({ categories: ['documents', 'deadlines'] }))).toBe('documents')
  })

  it('needs a category unless the call dropped', () => {
    expect(codes({ categories: [] })).toEqual(['categories:required'])
    expect(codes({ categories: [], outcome: 'dropped' })).toEqual([])
  })

  it('keeps the primary among the chosen categories', () => {
    expect(codes({ primary: 'mynaportal' })).toEqual(['primary:not_in_categories'])
  })

  it('needs the escalation and a way to reach the caller for 取次ぎ', () => {
    expect(codes({ outcome: 'escalated' })).toEqual(['escalation:required', 'contact.phone:required'])
    expect(
      codes({
        outcome: 'escalated',
        escalation: { department: '市民課', question: '転入前の住所で申請できるか' },
        contact: { phone: '090-0000-0001' },
      }),
    ).toEqual([])
  })

  it('needs the caller number for a call-back and what was said for a complaint', () => {
    expect(codes({ outcome: 'callback' })).toEqual(['contact.phone:required'])
    expect(codes({ outcome: 'complaint' })).toEqual(['complaint.what:required'])
    expect(codes({ complaint: { what: '待たされた' } })).toEqual(['complaint:not_for_outcome'])
  })

  it('refuses an individual number in the summary at the schema', () => {
    const number = makeIndividualNumber('12345678901')
    const parsed = CloseCallRequest.safeParse({ ...base, summary: `番号は${number}です` })
    expect(parsed.success).toBe(false)
  })
})
