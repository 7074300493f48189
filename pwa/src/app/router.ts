import { homeFor, type Role } from '@madoguchi/shared'

/**
 * Our own tiny router: four paths do not need a library. This file is pure (no DOM), so the rules
 * for who may see what are unit-tested; `navigation.ts` connects them to the browser history.
 */
export type RouteName = 'root' | 'signIn' | 'outreach' | 'desk' | 'unknown'

export const PATHS = {
  root: '/',
  signIn: '/sign-in',
  outreach: '/outreach',
  desk: '/desk',
} as const satisfies Record<Exclude<RouteName, 'unknown'>, string>

/** Which route a location path is. A trailing slash and letter case do not matter. */
export function matchRoute(pathname: string): RouteName {
  const path = pathname.replace(/\/+$/, '').toLowerCase() || '/'
  for (const [name, routePath] of Object.entries(PATHS)) {
    if (routePath === path) return name as RouteName
  }
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
  | { kind: 'render'; route: 'signIn' | 'outreach' | 'desk' }
  | { kind: 'redirect'; to: string }

/**
 * The access rules in one place:
 * - while the session is being checked, wait (show nothing that depends on it);
 * - signed out: only the sign-in screen, everything else goes there;
 * - signed in: the sign-in screen, `/` and unknown paths go to the role's home, and each home is
 *   only for its roles (an outreach user at /desk goes to /outreach and the other way round).
 */
export function decide(route: RouteName, viewer: Viewer): Decision {
  if (viewer === 'loading') return { kind: 'wait' }
  if (viewer === null) {
    return route === 'signIn' ? { kind: 'render', route } : { kind: 'redirect', to: PATHS.signIn }
  }
  const home = homeFor(viewer.role)
  if (route === home) return { kind: 'render', route: home }
  return { kind: 'redirect', to: PATHS[home] }
}
