import type { LocalDate } from '../calendar/local-date'
import type { SessionFact } from './sections'

/** A planned session (実施日程) as the report joins it. */
export interface PlanFact {
  id: string
  date: LocalDate
  siteId: string
  siteName: string
  startTime: string
  endTime: string
  status: 'planned' | 'cancelled'
}

/** A synced session with the plan it was started from (absent: started without one, or an older tablet). */
export interface HeldFact extends SessionFact {
  plannedId: string | null
}

/** 実施 (planned and held), 未実施 (planned, nothing held), 予定外 (held, not planned). */
export type PlanOutcome = 'held' | 'not_held' | 'unplanned'

export interface PlanResultRow {
  date: LocalDate
  siteId: string
  siteName: string
  outcome: PlanOutcome
  /** The plan's id and hours; null for a session held without a plan. */
  plan: { id: string; startTime: string; endTime: string } | null
  sessions: number
  visitors: number
  applications: number
}

/**
 * Plan and results, one row per plan and one per date and site held without a plan. A session counts
 * for the plan it names (`plannedId`); a session naming none (started by hand, or from a tablet older
 * than the schedule) counts for a plan of the same date and site when there is one, so starting a
 * planned pop-up the old way does not make it 未実施 and 予定外 at once. Cancelled plans are not
 * expected to be held: they are left out, and a session naming one is matched like one naming none.
 */
export function joinPlanAndResults(
  plans: readonly PlanFact[],
  sessions: readonly HeldFact[],
): PlanResultRow[] {
  const live = plans.filter((p) => p.status === 'planned')
  const byId = new Map(live.map((p) => [p.id, p]))
  const byPlace = new Map<string, PlanFact>()
  // Two plans of one date and site: a session with no link counts for the earlier one.
  for (const p of [...live].sort((a, b) => a.startTime.localeCompare(b.startTime))) {
    const key = placeKey(p)
    if (!byPlace.has(key)) byPlace.set(key, p)
  }
  const rows = new Map<string, PlanResultRow>()
  for (const p of live) {
    rows.set(`plan:${p.id}`, {
      date: p.date,
      siteId: p.siteId,
      siteName: p.siteName,
      outcome: 'not_held',
      plan: { id: p.id, startTime: p.startTime, endTime: p.endTime },
      sessions: 0,
      visitors: 0,
      applications: 0,
    })
  }
  for (const s of sessions) {
    const plan = (s.plannedId ? byId.get(s.plannedId) : undefined) ?? byPlace.get(placeKey(s))
    const key = plan ? `plan:${plan.id}` : `held:${placeKey(s)}`
    let row = rows.get(key)
    if (!row) {
      row = {
        date: s.date,
        siteId: s.siteId,
        siteName: s.siteName,
        outcome: 'unplanned',
        plan: null,
        sessions: 0,
        visitors: 0,
        applications: 0,
      }
      rows.set(key, row)
    }
    if (row.plan) row.outcome = 'held'
    row.sessions++
    row.visitors += s.visitors
    row.applications += s.applications
  }
  return [...rows.values()].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (a.plan?.startTime ?? '99').localeCompare(b.plan?.startTime ?? '99') ||
      a.siteName.localeCompare(b.siteName, 'ja'),
  )
}

const placeKey = (p: { date: string; siteId: string }) => `${p.date}\u0000${p.siteId}`

/** How many plans were held, not held, and how many pop-ups were held without a plan. */
export function planTotals(rows: readonly PlanResultRow[]): Record<PlanOutcome, number> {
  const totals: Record<PlanOutcome, number> = { held: 0, not_held: 0, unplanned: 0 }
  for (const r of rows) totals[r.outcome]++
  return totals
}
