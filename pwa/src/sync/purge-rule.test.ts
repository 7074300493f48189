import { describe, expect, it } from 'vitest'
import { holdOnScreen, onScreen } from './on-screen'
import { purgeDue, type VisitHold } from './purge-rule'

const GRACE = 5 * 60_000
const IDLE = 30 * 60_000
const changed = new Date('2026-11-25T10:00:00Z')
const later = (ms: number) => new Date(changed.getTime() + ms)
const intake = { id: 'intake-1', version: 2, updatedAt: changed.toISOString() }
const photo = { id: 'photo-1', version: 1, intakeId: 'intake-1', takenAt: changed.toISOString() }
const note = { id: 'note-1', version: 1, intakeId: 'intake-1', updatedAt: changed.toISOString() }
const none = new Set<string>()
/** A finished visitor, confirmed, last touched when the record changed, session still running. */
const done: VisitHold = {
  finished: true,
  acknowledged: true,
  lastTouched: changed.getTime(),
  sessionEnded: false,
}
const incomplete: VisitHold = { ...done, finished: false }
const ended: VisitHold = { ...done, sessionEnded: true }

describe('when a confirmed record leaves the device', () => {
  it('after the grace period, only in the confirmed version, never a session', () => {
    expect(purgeDue('intake', intake, 2, later(GRACE - 1), GRACE, none, ended, IDLE)).toBe(false)
    expect(purgeDue('intake', intake, 2, later(GRACE), GRACE, none, ended, IDLE)).toBe(true)
    expect(purgeDue('intake', intake, 1, later(GRACE), GRACE, none, ended, IDLE)).toBe(false)
    expect(purgeDue('outreach_session', intake, 2, later(GRACE * 100), GRACE, none, 'gone', IDLE)).toBe(false)
  })

  it('not while the visitor is open on screen, nor their photo or notes; once closed, at once', () => {
    const open = new Set(['intake-1'])
    expect(purgeDue('intake', intake, 2, later(IDLE * 10), GRACE, open, ended, IDLE)).toBe(false)
    expect(purgeDue('photo', photo, 1, later(IDLE * 10), GRACE, open, ended, IDLE)).toBe(false)
    expect(purgeDue('consultation_note', note, 1, later(IDLE * 10), GRACE, open, ended, IDLE)).toBe(false)
    expect(purgeDue('intake', { ...intake, id: 'intake-2' }, 2, later(GRACE), GRACE, open, ended, IDLE)).toBe(
      true,
    )
    expect(purgeDue('intake', intake, 2, later(IDLE * 10), GRACE, none, ended, IDLE)).toBe(true)
  })

  it('a complete visitor before the session ends: once confirmed and untouched for the idle time', () => {
    expect(purgeDue('intake', intake, 2, later(GRACE), GRACE, none, done, IDLE)).toBe(false)
    expect(purgeDue('intake', intake, 2, later(IDLE - 1), GRACE, none, done, IDLE)).toBe(false)
    expect(purgeDue('intake', intake, 2, later(IDLE), GRACE, none, done, IDLE)).toBe(true)
    // A note saved a minute ago touches its visitor: the intake, unchanged itself, waits again.
    const touched = { ...done, lastTouched: later(IDLE - 60_000).getTime() }
    expect(purgeDue('intake', intake, 2, later(IDLE), GRACE, none, touched, IDLE)).toBe(false)
    // The visitor's own record, or one of their notes, still waits to be sent: nothing of them goes.
    const unsent = { ...done, acknowledged: false }
    expect(purgeDue('photo', photo, 1, later(IDLE * 10), GRACE, none, unsent, IDLE)).toBe(false)
    expect(
      purgeDue('intake', intake, 2, later(IDLE * 10), GRACE, none, { ...unsent, sessionEnded: true }, IDLE),
    ).toBe(false)
  })

  it('an incomplete visitor never leaves, however long, ended session or not; their photo and notes stay with them', () => {
    for (const visit of [incomplete, { ...incomplete, sessionEnded: true }]) {
      expect(purgeDue('intake', intake, 2, later(IDLE * 1000), GRACE, none, visit, IDLE)).toBe(false)
      expect(purgeDue('photo', photo, 1, later(IDLE * 1000), GRACE, none, visit, IDLE)).toBe(false)
      expect(purgeDue('consultation_note', note, 1, later(IDLE * 1000), GRACE, none, visit, IDLE)).toBe(false)
    }
  })

  it('once the session is ended and confirmed, a finished visitor (complete or closed with a reason) goes after the grace', () => {
    expect(purgeDue('intake', intake, 2, later(GRACE), GRACE, none, ended, IDLE)).toBe(true)
    expect(purgeDue('photo', photo, 1, later(GRACE), GRACE, none, ended, IDLE)).toBe(true)
    expect(purgeDue('consultation_note', note, 1, later(GRACE), GRACE, none, ended, IDLE)).toBe(true)
    // Ended on the tablet but the end not yet confirmed: the idle rule still applies.
    expect(purgeDue('intake', intake, 2, later(GRACE), GRACE, none, done, IDLE)).toBe(false)
  })

  it('a record whose visitor already left, or that has none (a correction request), goes after the grace', () => {
    expect(purgeDue('photo', photo, 1, later(GRACE), GRACE, none, 'gone', IDLE)).toBe(true)
    const correction = { id: 'corr-1', version: 1, updatedAt: changed.toISOString() }
    expect(purgeDue('correction_request', correction, 1, later(GRACE - 1), GRACE, none, 'gone', IDLE)).toBe(
      false,
    )
    expect(purgeDue('correction_request', correction, 1, later(GRACE), GRACE, none, 'gone', IDLE)).toBe(true)
  })

  it('holds are counted: the record stays held until every screen showing it has closed', () => {
    const first = holdOnScreen('intake-9')
    const second = holdOnScreen('intake-9')
    first()
    first() // a second release of the same hold changes nothing
    expect(onScreen().has('intake-9')).toBe(true)
    second()
    expect(onScreen().has('intake-9')).toBe(false)
  })
})
