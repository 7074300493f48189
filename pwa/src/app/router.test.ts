import { ROLES } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import { dayListPath, dayOfPath, decide, homePath, matchRoute, PATHS } from './router'

describe('matchRoute', () => {
  it('names the four paths', () => {
    expect(matchRoute('/')).toBe('root')
    expect(matchRoute('/sign-in')).toBe('signIn')
    expect(matchRoute('/outreach')).toBe('outreach')
    expect(matchRoute('/desk')).toBe('desk')
  })

  it('ignores a trailing slash and letter case', () => {
    expect(matchRoute('/desk/')).toBe('desk')
    expect(matchRoute('/Sign-In')).toBe('signIn')
    expect(matchRoute('')).toBe('root')
    expect(matchRoute('//')).toBe('root')
  })

  it('calls anything else unknown, including sub-paths and the API', () => {
    for (const path of ['/desk/x', '/signin', '/api/health', '/index.html', '/outreach-x']) {
      expect(matchRoute(path)).toBe('unknown')
    }
  })
})

describe('homePath', () => {
  it('sends outreach staff to the tablet app and every other role to the desk', () => {
    expect(homePath('outreach')).toBe('/outreach')
    for (const role of ROLES.filter((r) => r !== 'outreach')) expect(homePath(role)).toBe('/desk')
  })
})

describe('decide', () => {
  it('waits while the session is being checked, whatever the path', () => {
    for (const route of ['root', 'signIn', 'outreach', 'desk', 'unknown'] as const) {
      expect(decide(route, 'loading')).toEqual({ kind: 'wait' })
    }
  })

  it('sends a signed-out user anywhere to sign-in, and shows sign-in itself', () => {
    expect(decide('signIn', null)).toEqual({ kind: 'render', route: 'signIn' })
    for (const route of ['root', 'outreach', 'desk', 'unknown'] as const) {
      expect(decide(route, null)).toEqual({ kind: 'redirect', to: PATHS.signIn })
    }
  })

  it('sends a signed-in user at /, /sign-in or an unknown path to their home', () => {
    for (const route of ['root', 'signIn', 'unknown'] as const) {
      expect(decide(route, { role: 'outreach' })).toEqual({ kind: 'redirect', to: '/outreach' })
      expect(decide(route, { role: 'operator' })).toEqual({ kind: 'redirect', to: '/desk' })
    }
  })

  it('keeps each home to its roles', () => {
    expect(decide('outreach', { role: 'outreach' })).toEqual({ kind: 'render', route: 'outreach' })
    expect(decide('desk', { role: 'outreach' })).toEqual({ kind: 'redirect', to: '/outreach' })
    for (const role of ['operator', 'supervisor', 'city', 'admin'] as const) {
      expect(decide('desk', { role })).toEqual({ kind: 'render', route: 'desk' })
      expect(decide('outreach', { role })).toEqual({ kind: 'redirect', to: '/desk' })
    }
  })

  it('never redirects to the path it is already on', () => {
    for (const role of ROLES) {
      const home = decide('root', { role })
      expect(home.kind).toBe('redirect')
      if (home.kind === 'redirect') expect(decide(matchRoute(home.to), { role }).kind).toBe('render')
    }
    expect(decide(matchRoute(PATHS.signIn), null).kind).toBe('render')
  })
})

describe('desk booking screens', () => {
  it('names the booking workspace, the calendar and a day list', () => {
    expect(matchRoute('/desk/bookings')).toBe('deskBookings')
    expect(matchRoute('/desk/bookings/calendar/')).toBe('deskBookingCalendar')
    expect(matchRoute('/desk/bookings/day/2026-12-03')).toBe('deskBookingDay')
    expect(dayOfPath(dayListPath('2026-12-03'))).toBe('2026-12-03')
    expect(matchRoute('/desk/bookings/day/tomorrow')).toBe('unknown')
  })

  it('shows them to desk roles only', () => {
    for (const role of ['operator', 'supervisor', 'city', 'admin'] as const) {
      expect(decide('deskBookings', { role })).toEqual({ kind: 'render', route: 'deskBookings' })
      expect(decide('deskBookingDay', { role })).toEqual({ kind: 'render', route: 'deskBookingDay' })
    }
    expect(decide('deskBookings', { role: 'outreach' })).toEqual({ kind: 'redirect', to: '/outreach' })
    expect(decide('deskBookingCalendar', null)).toEqual({ kind: 'redirect', to: PATHS.signIn })
  })
})

describe('desk FAQ screens', () => {
  it('names the FAQ, its usage and its digest, rendered for every desk role', () => {
    expect(matchRoute('/desk/faq/usage')).toBe('deskFaqUsage')
    expect(matchRoute('/desk/faq/digest/')).toBe('deskFaqDigest')
    for (const role of ['operator', 'supervisor', 'city', 'admin'] as const)
      expect(decide('deskFaqUsage', { role })).toEqual({ kind: 'render', route: 'deskFaqUsage' })
    expect(decide('deskFaqDigest', { role: 'outreach' })).toEqual({ kind: 'redirect', to: '/outreach' })
  })
})
