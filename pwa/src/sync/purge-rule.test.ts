import { describe, expect, it } from 'vitest'
import { holdOnScreen, onScreen } from './on-screen'
import { purgeDue } from './purge-rule'

const GRACE = 5 * 60_000
const changed = new Date('2026-11-25T10:00:00Z')
const later = (ms: number) => new Date(changed.getTime() + ms)
const intake = { id: 'intake-1', version: 2, updatedAt: changed.toISOString() }
const photo = { id: 'photo-1', version: 1, intakeId: 'intake-1', takenAt: changed.toISOString() }
const none = new Set<string>()

describe('when a confirmed record leaves the device', () => {
  it('after the grace period, only in the confirmed version, never a session', () => {
    expect(purgeDue('intake', intake, 2, later(GRACE - 1), GRACE, none)).toBe(false)
    expect(purgeDue('intake', intake, 2, later(GRACE), GRACE, none)).toBe(true)
    expect(purgeDue('intake', intake, 1, later(GRACE), GRACE, none)).toBe(false)
    expect(purgeDue('outreach_session', intake, 2, later(GRACE * 100), GRACE, none)).toBe(false)
  })

  it('not while the visitor is open on screen, nor their photo or notes; once closed, at once', () => {
    const open = new Set(['intake-1'])
    expect(purgeDue('intake', intake, 2, later(GRACE * 10), GRACE, open)).toBe(false)
    expect(purgeDue('photo', photo, 1, later(GRACE * 10), GRACE, open)).toBe(false)
    const note = { ...photo, id: 'note-1', updatedAt: changed.toISOString() }
    expect(purgeDue('consultation_note', note, 1, later(GRACE * 10), GRACE, open)).toBe(false)
    expect(purgeDue('intake', { ...intake, id: 'intake-2' }, 2, later(GRACE), GRACE, open)).toBe(true)
    expect(purgeDue('intake', intake, 2, later(GRACE * 10), GRACE, none)).toBe(true)
    expect(purgeDue('consultation_note', { ...note, intakeId: null }, 1, later(GRACE), GRACE, open)).toBe(
      true,
    )
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
