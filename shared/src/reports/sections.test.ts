import { describe, expect, it } from 'vitest'
import { jst, logged } from './calls-kit'
import { categoryCounts } from './figures'
import { reconcile } from './reconcile'
import { bookingCounts, escalationsByDepartment, popUpResults } from './sections'

// Every expected figure below was worked out by hand from the fixture beside it.

describe('categories, escalations, bookings, pop-ups', () => {
  it('counts each category a call chose, and each call once by the tier of its main category', () => {
    const calls = reconcile(
      [
        logged({
          startedAt: jst(1, '09:00:00'),
          primary: 'booking_new',
          categories: ['booking_new', 'items_to_bring'],
        }),
        logged({ startedAt: jst(1, '09:10:00'), primary: 'documents', categories: ['documents'] }),
        logged({ startedAt: jst(1, '09:20:00'), primary: 'other', categories: ['other', 'items_to_bring'] }),
      ],
      null,
    ).calls
    const c = categoryCounts(calls)
    expect(c.byTier).toEqual({ first: 1, second: 1, reference: 1 })
    expect(c.byCategory.find((x) => x.code === 'items_to_bring')?.calls).toBe(2)
    expect(c.uncategorised).toBe(0)
  })

  it('escalations: answer hours, late answers and open ones past due count as overdue', () => {
    const rows = escalationsByDepartment(
      [
        // Answered in 6 h, on time.
        {
          department: '市民課',
          raisedAt: jst(1, '10:00:00'),
          answeredAt: jst(1, '16:00:00'),
          dueDate: '2026-12-04',
        },
        // Answered 2 days after its due date: late.
        {
          department: '市民課',
          raisedAt: jst(1, '11:00:00'),
          answeredAt: jst(7, '11:00:00'),
          dueDate: '2026-12-04',
        },
        // Still open, due 12-04, asked on 12-10: overdue.
        { department: '税務課', raisedAt: jst(1, '12:00:00'), answeredAt: null, dueDate: '2026-12-04' },
        // Still open, due 12-14: not yet.
        { department: '税務課', raisedAt: jst(9, '12:00:00'), answeredAt: null, dueDate: '2026-12-14' },
      ],
      '2026-12-10',
    )
    expect(rows).toEqual([
      {
        department: '市民課',
        raised: 2,
        answered: 2,
        averageAnswerHours: (6 + 144) / 2,
        overdue: 1,
        open: 0,
      },
      { department: '税務課', raised: 2, answered: 0, averageAnswerHours: null, overdue: 1, open: 2 },
    ])
  })

  it('bookings by event and channel', () => {
    const t = bookingCounts([
      { action: 'created', channel: 'phone' },
      { action: 'created', channel: 'web' },
      { action: 'moved', channel: 'phone' },
      { action: 'cancelled', channel: 'counter' },
      { action: 'attended', channel: 'phone' },
      { action: 'no_show', channel: 'web' },
      { action: 'updated', channel: 'phone' },
    ])
    expect(t.made).toEqual({ phone: 1, web: 1, counter: 0, total: 2 })
    expect(t.changed.total).toBe(1)
    expect(t.cancelled.counter).toBe(1)
    expect(t.attended.phone).toBe(1)
    expect(t.no_show.web).toBe(1)
  })

  it('pop-up results: sessions of one date and site add up', () => {
    const base = {
      date: '2026-12-05' as const,
      siteId: 'mall',
      siteName: 'モール',
      applications: 1,
      photos: 2,
      consultations: 0,
    }
    const rows = popUpResults([
      { ...base, id: 'a', firstAt: 10, lastAt: 20, visitors: 3 },
      { ...base, id: 'b', firstAt: 5, lastAt: 15, visitors: 4, consultations: 2 },
      { ...base, id: 'c', siteId: 'hall', siteName: '公民館', firstAt: null, lastAt: null, visitors: 0 },
    ])
    expect(rows).toEqual([
      {
        date: '2026-12-05',
        siteId: 'mall',
        siteName: 'モール',
        sessions: 2,
        firstAt: 5,
        lastAt: 20,
        visitors: 7,
        applications: 2,
        photos: 4,
        consultations: 2,
      },
      {
        date: '2026-12-05',
        siteId: 'hall',
        siteName: '公民館',
        sessions: 1,
        firstAt: null,
        lastAt: null,
        visitors: 0,
        applications: 1,
        photos: 2,
        consultations: 0,
      },
    ])
  })
})
