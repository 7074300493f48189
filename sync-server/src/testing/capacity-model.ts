import { expect } from 'vitest'
import type { Client, TestServer } from './harness'

// The plain model of the capacity property test (booking/capacity.property.test.ts): places per
// slot index, counted the obvious way, and the invariants checked against the database after each step.

export const DATE = '2026-12-03'
export const TIMES = ['09:00', '09:15', '09:30', '09:45', '10:00', '10:15']
export const CAPACITY = 2
export const LENGTH = { other: 1, renewal: 2 } as const
export type TypeCode = keyof typeof LENGTH

export interface ModelBooking {
  id: string
  slot: number
  len: number
  live: boolean
  version: number
}
export interface ModelHold {
  id: string
  slot: number
  len: number
  people: number
  expires: number
}
export interface Model {
  now: number
  bookings: ModelBooking[]
  holds: ModelHold[]
}
export interface Real {
  server: TestServer
  operator: Client
}

export function used(model: Model, slot: number, except?: { booking?: string; hold?: string }): number {
  let n = 0
  for (const b of model.bookings)
    if (b.live && b.id !== except?.booking && b.slot <= slot && slot < b.slot + b.len) n++
  for (const h of model.holds) {
    if (h.expires > model.now && h.id !== except?.hold && h.slot <= slot && slot < h.slot + h.len)
      n += h.people
  }
  return n
}

export function fitsModel(
  model: Model,
  start: number,
  lens: number[],
  except?: { booking?: string; hold?: string },
) {
  for (let k = start; k < start + Math.max(...lens); k++) {
    if (k >= TIMES.length) return false
    const demand = lens.filter((l) => k < start + l).length
    if (used(model, k, except) + demand > CAPACITY) return false
  }
  return true
}

export function checkInvariants(model: Model, real: Real) {
  const db = real.server.db
  const rows = db.prepare('SELECT id, start_min, end_min, status, version FROM bookings').all() as {
    id: string
    start_min: number
    end_min: number
    status: string
    version: number
  }[]
  expect(rows).toHaveLength(model.bookings.length)
  const byId = new Map(rows.map((r) => [r.id, r]))
  for (const b of model.bookings) {
    const row = byId.get(b.id)
    expect(row, `booking ${b.id} lost`).toBeDefined()
    expect(row?.status).toBe(b.live ? 'booked' : 'cancelled')
    expect(row?.version).toBe(b.version)
    const events = db
      .prepare('SELECT version FROM booking_events WHERE booking_id = ? ORDER BY id')
      .pluck()
      .all(b.id)
    expect(events).toEqual(Array.from({ length: b.version }, (_, i) => i + 1))
  }
  const nowIso = new Date(model.now).toISOString()
  for (let k = 0; k < TIMES.length; k++) {
    const start = 9 * 60 + 15 * k
    const inSlot = db
      .prepare(
        `SELECT (SELECT count(*) FROM bookings WHERE date = ? AND status = 'booked' AND start_min < ? AND end_min > ?)
              + (SELECT coalesce(sum(people), 0) FROM slot_holds WHERE date = ? AND expires_at > ? AND start_min < ? AND end_min > ?)`,
      )
      .pluck()
      .get(DATE, start + 15, start, DATE, nowIso, start + 15, start) as number
    expect(inSlot).toBeLessThanOrEqual(CAPACITY)
    expect(inSlot).toBe(used(model, k))
  }
}
