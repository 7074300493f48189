import { describe, expect, it } from 'vitest'
import { newId } from '../ids'
import {
  DEVICE_AUDIT_BATCH,
  DEVICE_AUDIT_CLOCK_SKEW_MS,
  DeviceAuditEntry,
  DeviceAuditRequest,
  isAheadOfClock,
} from './device-audit'

const entry = (overrides: Record<string, unknown> = {}) => ({
  id: newId(),
  at: new Date().toISOString(),
  action: 'intake.read',
  recordId: newId(),
  sessionId: newId(),
  actedBy: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fa5af',
  ...overrides,
})

describe('device audit entries', () => {
  it('accepts an entry of ids, with or without who unlocked the tablet', () => {
    expect(DeviceAuditEntry.safeParse(entry()).success).toBe(true)
    expect(DeviceAuditEntry.safeParse(entry({ actedBy: undefined })).success).toBe(true)
  })

  it('refuses an unknown action, a non-uuid id and a time that is not an instant', () => {
    const bad = DeviceAuditEntry.safeParse(entry({ action: 'intake.print', recordId: 'x', at: 'today' }))
    expect(bad.success).toBe(false)
    const paths = bad.error?.issues.map((i) => i.path.join('.')).sort()
    expect(paths).toEqual(['action', 'at', 'recordId'])
  })

  it('keeps no field it does not know, so nothing else can ride along into the audit log', () => {
    const parsed = DeviceAuditEntry.parse(entry({ name: '窓口 太郎' }))
    expect(parsed).not.toHaveProperty('name')
  })
})

describe('device audit requests', () => {
  it('needs entries or a count of unrecorded reads, and at most one batch', () => {
    expect(
      DeviceAuditRequest.safeParse({ deviceId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fd00d', entries: [] }).success,
    ).toBe(false)
    const unrecorded = { id: newId(), count: 3, from: entry().at, to: entry().at }
    expect(
      DeviceAuditRequest.safeParse({
        deviceId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fd00d',
        entries: [],
        unrecorded,
      }).success,
    ).toBe(true)
    const full = Array.from({ length: DEVICE_AUDIT_BATCH + 1 }, () => entry())
    expect(
      DeviceAuditRequest.safeParse({ deviceId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fd00d', entries: full })
        .success,
    ).toBe(false)
  })
})

describe('isAheadOfClock', () => {
  const now = new Date('2026-11-25T10:00:00Z')
  it('allows clock drift and any past time, not a time further ahead', () => {
    const at = (ms: number) => new Date(now.getTime() + ms).toISOString()
    expect(isAheadOfClock(at(-30 * 86_400_000), now)).toBe(false)
    expect(isAheadOfClock(at(DEVICE_AUDIT_CLOCK_SKEW_MS), now)).toBe(false)
    expect(isAheadOfClock(at(DEVICE_AUDIT_CLOCK_SKEW_MS + 1000), now)).toBe(true)
  })
})
