import { homeFor, type Role } from '@madoguchi/shared'

/**
 * Our own tiny router: a handful of paths do not need a library. This file is pure (no DOM), so the rules
 * for who may see what are unit-tested; `navigation.ts` connects them to the browser history.
 */
export type RouteName =
  | 'root'
  | 'signIn'
  | 'outreach'
  | 'desk'
  | 'deskBookings'
  | 'deskBookingCalendar'
  | 'deskBookingDay'
  | 'deskCallbacks'
  | 'deskCalls'
  | 'deskInbox'
  | 'deskComplaints'
  | 'deskToday'
  | 'deskStaff'
  | 'deskReports'
  | 'deskReportMeeting'
  | 'deskStatus'
  | 'deskStatusImport'
  | 'deskFaq'
  | 'deskFaqUsage'
  | 'deskFaqDigest'
  | 'deskSchedule'
  | 'unknown'

/** The desk's screens besides its home: rendered only for the desk's roles. */
const DESK_SCREENS = [
  'desk',
  'deskBookings',
  'deskBookingCalendar',
  'deskBookingDay',
  'deskCallbacks',
  'deskCalls',
  'deskInbox',
  'deskComplaints',
  'deskToday',
  'deskReports',
  'deskReportMeeting',
  'deskStatus',
  'deskStatusImport',
  'deskStaff',
  'deskFaq',
  'deskFaqUsage',
  'deskFaqDigest',
  'deskSchedule',
] as const
export type DeskScreen = (typeof DESK_SCREENS)[number]

export const PATHS = {
  root: '/',
  signIn: '/sign-in',
  outreach: '/outreach',
  desk: '/desk',
  deskBookings: '/desk/bookings',
  deskBookingCalendar: '/desk/bookings/calendar',
  deskCallbacks: '/desk/bookings/callbacks',
  deskCalls: '/desk/calls',
  deskInbox: '/desk/inbox',
  deskComplaints: '/desk/complaints',
  deskToday: '/desk/today',
  deskStaff: '/desk/staff',
  deskReports: '/desk/reports',
  deskReportMeeting: '/desk/reports/meeting',
  deskStatus: '/desk/status',
  deskStatusImport: '/desk/status/import',
  deskFaq: '/desk/faq',
  deskFaqUsage: '/desk/faq/usage',
  deskFaqDigest: '/desk/faq/digest',
  deskSchedule: '/desk/schedule',
} as const satisfies Partial<Record<Exclude<RouteName, 'unknown'>, string>>

/** The one path with a parameter: the counter's printed list of a day's bookings. */
const DAY_PATH = /^\/desk\/bookings\/day\/(\d{4}-\d{2}-\d{2})$/

/** `/desk/bookings/day/2026-12-03` for a day's printable list. */
export function dayListPath(date: string): string {
  return `/desk/bookings/day/${date}`
}

/** A booking opened on the booking screen from elsewhere (a call-back list, a refused change). */
export function bookingPath(id: string): string {
  return `/desk/bookings?open=${encodeURIComponent(id)}`
}

/** The date in a day-list path, or null. */
export function dayOfPath(pathname: string): string | null {
  return DAY_PATH.exec(pathname.replace(/\/+$/, ''))?.[1] ?? null
}

/** Which route a location path is. A trailing slash and letter case do not matter. */
export function matchRoute(pathname: string): RouteName {
  const path = pathname.replace(/\/+$/, '').toLowerCase() || '/'
  for (const [name, routePath] of Object.entries(PATHS)) {
    if (routePath === path) return name as RouteName
  }
  if (DAY_PATH.test(path)) return 'deskBookingDay'
  return 'unknown'
}

/** The path of a role's home screen: `/outreach` for the tablet app, `/desk` for everyone else. */
export function homePath(role: Role): string {
  return PATHS[homeFor(role)]
}

/** What we know about the signed-in user while deciding: still loading, signed out, or a role. */
export type Viewer = 'loading' | null | { role: Role }

export type Decision =
  | { kind: 'wait' }
  | { kind: 'render'; route: 'signIn' | 'outreach' | DeskScreen }
  | { kind: 'redirect'; to: string }

/**
 * The access rules in one place:
 * - while the session is being checked, wait (show nothing that depends on it);
 * - signed out: only the sign-in screen, everything else goes there;
 * - signed in: the sign-in screen, `/` and unknown paths go to the role's home, and each home (with
 *   its sub-screens) is only for its roles (an outreach user at /desk goes to /outreach and back).
 */
export function decide(route: RouteName, viewer: Viewer): Decision {
  if (viewer === 'loading') return { kind: 'wait' }
  if (viewer === null) {
    return route === 'signIn' ? { kind: 'render', route } : { kind: 'redirect', to: PATHS.signIn }
  }
  const home = homeFor(viewer.role)
  if (route === home) return { kind: 'render', route: home }
  if (home === 'desk' && (DESK_SCREENS as readonly string[]).includes(route)) {
    return { kind: 'render', route: route as DeskScreen }
  }
  return { kind: 'redirect', to: PATHS[home] }
}
