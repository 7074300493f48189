import type { Role } from './roles'

/**
 * Who may do what, in one table. Routes declare the permission they need, the desk shows only what the
 * signed-in user's permissions allow, and the route × role test reads the same table — so a rule changes
 * here or nowhere. Roles are explicit: admin runs the system (accounts, calendar, data) but is not
 * granted the city's own decisions (publishing FAQ answers, finalising the report) by default.
 *
 * Permissions not used by any route yet are the ones the call center's features are built on; they are
 * listed now so that each feature adds routes, not rules.
 */
export const PERMISSIONS_BY_ROLE = {
  outreach: ['session.own', 'sync.device', 'faq.read', 'schedule.read'],
  operator: [
    'session.own',
    'booking.read',
    'booking.write',
    'calendar.read',
    'calls.log',
    'escalation.create',
    'faq.read',
    'faq.feedback',
    'status.lookup',
  ],
  supervisor: [
    'session.own',
    'booking.read',
    'booking.write',
    'booking.export',
    'booking.overrideWindow',
    'booking.releaseAnyHold',
    'calendar.read',
    'calendar.edit',
    'sync.device',
    'review.read',
    'review.correct',
    'calls.log',
    'calls.readAll',
    'escalation.create',
    'escalation.answer',
    'escalation.readAll',
    'departments.edit',
    'complaint.manage',
    'faq.read',
    'faq.feedback',
    'faq.edit',
    'faq.publish',
    'faq.usage',
    'status.lookup',
    'status.import',
    'report.read',
    'report.edit',
    'report.finalise',
    'proposal.edit',
    'schedule.read',
    'regularMeeting.edit',
    'schedule.edit',
    'cdr.import',
    'dashboard.read',
  ],
  city: [
    'session.own',
    'booking.read',
    'booking.export',
    'calendar.read',
    'review.read',
    'escalation.answer',
    'faq.read',
    'faq.edit',
    'faq.publish',
    'faq.usage',
    'status.lookup',
    'status.import',
    'report.read',
    'schedule.read',
  ],
  admin: [
    'session.own',
    'booking.read',
    'booking.write',
    'booking.export',
    'booking.overrideWindow',
    'booking.releaseAnyHold',
    'calendar.read',
    'calendar.edit',
    'sync.device',
    'review.read',
    'review.correct',
    'calls.log',
    'calls.readAll',
    'escalation.readAll',
    'departments.edit',
    'complaint.manage',
    'faq.read',
    'faq.edit',
    'faq.usage',
    'status.lookup',
    'status.import',
    'report.read',
    'proposal.edit',
    'schedule.read',
    'regularMeeting.edit',
    'schedule.edit',
    'cdr.import',
    'dashboard.read',
    'staff.manage',
  ],
} as const satisfies Record<Role, readonly string[]>

/** A named capability (権限) a role grants, e.g. `booking.write`. */
export type Permission = (typeof PERMISSIONS_BY_ROLE)[Role][number]

/** Every permission any role has, in a stable order (for docs and tests). */
export const PERMISSIONS: readonly Permission[] = [
  ...new Set(Object.values(PERMISSIONS_BY_ROLE).flat() as Permission[]),
].sort()

const GRANTED = new Map<Role, ReadonlySet<Permission>>(
  (Object.keys(PERMISSIONS_BY_ROLE) as Role[]).map((role) => [
    role,
    new Set<Permission>(PERMISSIONS_BY_ROLE[role]),
  ]),
)

/** Whether a role grants a permission. The one question every gate on every side asks. */
export function can(role: Role | undefined, permission: Permission): boolean {
  return role !== undefined && (GRANTED.get(role)?.has(permission) ?? false)
}

/** The roles that grant a permission, e.g. to document a route. */
export function rolesWith(permission: Permission): Role[] {
  return (Object.keys(PERMISSIONS_BY_ROLE) as Role[]).filter((role) => can(role, permission))
}

/** The part of a staff member the department rule needs. */
export interface DepartmentScoped {
  role: Role
  department?: string | null
}

/**
 * City staff work for one department (担当課) and see only its escalations; staff who may read every
 * department's (supervisors, admins) see all. A city account without a department sees none, rather
 * than all: a missing department is a set-up mistake, not a licence.
 */
export function seesDepartment(user: DepartmentScoped, department: string): boolean {
  if (can(user.role, 'escalation.readAll')) return true
  return user.department != null && user.department === department
}
