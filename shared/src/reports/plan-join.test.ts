import { describe, expect, it } from 'vitest'
import { type HeldFact, joinPlanAndResults, type PlanFact, planTotals } from './plan-join'

// A hand-made month: three plans (one cancelled), sessions linked, unlinked and unplanned.
const plan = (id: string, date: string, siteId: string, startTime: string, status = 'planned'): PlanFact => ({
  id,
  date: date as PlanFact['date'],
  siteId,
  siteName: siteId === 'mall' ? 'ショッピングモール' : siteId === 'hall' ? '公民館' : '支所',
  startTime,
  endTime: '16:00',
  status: status as PlanFact['status'],
})
const held = (
  id: string,
  date: string,
  siteId: string,
  plannedId: string | null,
  visitors: number,
): HeldFact => ({
  id,
  date: date as HeldFact['date'],
  siteId,
  siteName: siteId === 'mall' ? 'ショッピングモール' : siteId === 'hall' ? '公民館' : '支所',
  firstAt: null,
  lastAt: null,
  visitors,
  applications: visitors - 1,
  photos: 0,
  consultations: 0,
  plannedId,
})

const PLANS = [
  plan('p-mall-3', '2026-11-03', 'mall', '10:00'),
  plan('p-hall-5', '2026-11-05', 'hall', '09:30'),
  plan('p-branch-7', '2026-11-07', 'branch', '10:00'),
  plan('p-mall-9', '2026-11-09', 'mall', '10:00', 'cancelled'),
]
const SESSIONS = [
  // Two tablets at the mall on the 3rd, both started from the plan.
  held('s1', '2026-11-03', 'mall', 'p-mall-3', 5),
  held('s2', '2026-11-03', 'mall', 'p-mall-3', 3),
  // An older tablet at the hall on the 5th: no link, same date and site as the plan.
  held('s3', '2026-11-05', 'hall', null, 4),
  // Nothing at the branch on the 7th. A session at the mall on the 9th, whose plan was cancelled.
  held('s4', '2026-11-09', 'mall', 'p-mall-9', 2),
  // A pop-up nobody planned.
  held('s5', '2026-11-12', 'hall', null, 6),
]

describe('plan and results (実施日程 × 実施回)', () => {
  const rows = joinPlanAndResults(PLANS, SESSIONS)

  it('counts a plan held once however many tablets started it, summing what they recorded', () => {
    expect(rows[0]).toMatchObject({
      date: '2026-11-03',
      outcome: 'held',
      plan: { id: 'p-mall-3', startTime: '10:00' },
      sessions: 2,
      visitors: 8,
      applications: 6,
    })
  })

  it('matches a session with no link to the plan of its date and site', () => {
    expect(rows[1]).toMatchObject({
      date: '2026-11-05',
      outcome: 'held',
      plan: { id: 'p-hall-5' },
      visitors: 4,
    })
  })

  it('shows a plan with nothing held as 未実施, and sessions without a live plan as 予定外', () => {
    expect(rows[2]).toMatchObject({ date: '2026-11-07', outcome: 'not_held', sessions: 0, visitors: 0 })
    expect(rows[3]).toMatchObject({ date: '2026-11-09', outcome: 'unplanned', plan: null, visitors: 2 })
    expect(rows[4]).toMatchObject({ date: '2026-11-12', outcome: 'unplanned', plan: null, visitors: 6 })
    expect(rows).toHaveLength(5)
    expect(planTotals(rows)).toEqual({ held: 2, not_held: 1, unplanned: 2 })
  })

  it('leaves a cancelled plan out, and has nothing to say about an empty month', () => {
    expect(rows.some((r) => r.plan?.id === 'p-mall-9')).toBe(false)
    expect(joinPlanAndResults([], [])).toEqual([])
  })
})
