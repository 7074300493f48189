import { describe, expect, it } from 'vitest'
import { can, PERMISSIONS, PERMISSIONS_BY_ROLE, rolesWith, seesDepartment } from './permissions'
import { ROLES } from './roles'

describe('the permissions table', () => {
  it('names every role', () => {
    expect(Object.keys(PERMISSIONS_BY_ROLE).sort()).toEqual([...ROLES].sort())
  })

  it('answers can() exactly from the table', () => {
    for (const role of ROLES) {
      for (const permission of PERMISSIONS) {
        expect(can(role, permission), `${role} ${permission}`).toBe(
          (PERMISSIONS_BY_ROLE[role] as readonly string[]).includes(permission),
        )
      }
    }
    expect(can(undefined, 'session.own')).toBe(false)
  })

  it('keeps the rules the server had before the table (who books, who edits the calendar, who syncs)', () => {
    expect(rolesWith('booking.write')).toEqual(['operator', 'supervisor', 'admin'])
    expect(rolesWith('booking.read')).toEqual(['operator', 'supervisor', 'city', 'admin'])
    expect(rolesWith('booking.export')).toEqual(['supervisor', 'city', 'admin'])
    expect(rolesWith('calendar.edit')).toEqual(['supervisor', 'admin'])
    expect(rolesWith('sync.device')).toEqual(['outreach', 'supervisor', 'admin'])
    expect(rolesWith('review.read')).toEqual(['supervisor', 'city', 'admin'])
    expect(rolesWith('session.own')).toEqual([...ROLES])
  })

  it('lets supervisors, city staff and admins read the monthly report, and only supervisors annotate it', () => {
    expect(rolesWith('report.read')).toEqual(['supervisor', 'city', 'admin'])
    expect(rolesWith('report.edit')).toEqual(['supervisor'])
    expect(rolesWith('report.finalise')).toEqual(['supervisor'])
    expect(rolesWith('cdr.import')).toEqual(['supervisor', 'admin'])
    expect(rolesWith('proposal.edit')).toEqual(['supervisor', 'admin'])
    // The 定例会 record: supervisors and admins write it, city staff read it with the report.
    expect(rolesWith('regularMeeting.edit')).toEqual(['supervisor', 'admin'])
    expect(rolesWith('dashboard.read')).toEqual(['supervisor', 'admin'])
  })

  it('lets supervisors and admins plan pop-up sessions (実施日程), and the tablets and the city read them', () => {
    expect(rolesWith('schedule.edit')).toEqual(['supervisor', 'admin'])
    expect(rolesWith('schedule.read')).toEqual(['outreach', 'supervisor', 'city', 'admin'])
  })

  it('lets a city user see only their own department; supervisors see every department', () => {
    expect(seesDepartment({ role: 'city', department: '市民課' }, '市民課')).toBe(true)
    expect(seesDepartment({ role: 'city', department: '市民課' }, '税務課')).toBe(false)
    expect(seesDepartment({ role: 'city', department: null }, '市民課')).toBe(false)
    expect(seesDepartment({ role: 'supervisor' }, '税務課')).toBe(true)
    expect(seesDepartment({ role: 'operator' }, '税務課')).toBe(false)
  })
})
