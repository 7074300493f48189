import { describe, expect, it } from 'vitest'
import { backedUp } from './backup-gate'

const server = { generation: 'g2', backedUpThrough: '2026-12-02T10:00:00.000Z' }

describe('purge waits for a backup', () => {
  it('lets go of what a completed backup of this generation holds', () => {
    expect(backedUp({ ackedAt: '2026-12-02T09:59:59.000Z', generation: 'g2' }, server)).toBe(true)
    expect(backedUp({ ackedAt: '2026-12-02T10:00:00.000Z', generation: 'g2' }, server)).toBe(true)
  })

  it('keeps what was acknowledged after the last backup began', () => {
    expect(backedUp({ ackedAt: '2026-12-02T10:00:00.001Z', generation: 'g2' }, server)).toBe(false)
  })

  it('keeps what another generation acknowledged: the server was restored since', () => {
    expect(backedUp({ ackedAt: '2026-12-02T09:00:00.000Z', generation: 'g1' }, server)).toBe(false)
  })

  it('keeps everything while anything is unknown', () => {
    const acked = { ackedAt: '2026-12-02T09:00:00.000Z', generation: 'g2' }
    expect(backedUp(acked, null)).toBe(false)
    expect(backedUp(acked, { generation: 'g2', backedUpThrough: null })).toBe(false)
    expect(backedUp({ generation: 'g2' }, server)).toBe(false) // a receipt from before the gate
    expect(backedUp({ ackedAt: '2026-12-02T09:00:00.000Z' }, server)).toBe(false)
    expect(backedUp({ ackedAt: 'not a time', generation: 'g2' }, server)).toBe(false)
  })
})
