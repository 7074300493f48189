import { can, type MessageKey, type Permission } from '@madoguchi/shared'
import { Suspense } from 'react'
import { useT } from '../app/i18n'
import { lazyScreen } from '../app/lazy-screen'
import { navigate } from '../app/navigation'
import { PATHS } from '../app/router'
import { useCan, useSession } from '../app/session'
import { Card } from '../ui/Card'
import { PageTitle } from '../ui/PageTitle'

// The supervisor's panel: its own chunk, for those who may read it.
const DashboardPanel = lazyScreen(() => import('./reports/DashboardPanel').then((m) => m.DashboardPanel))
// Only reviewers load it, and not before the desk's first paint.
const OutreachReview = lazyScreen(() =>
  import('./outreach-review/OutreachReview').then((m) => m.OutreachReview),
)

/**
 * The desk's sections, in the order an operator meets them during a working day. Only screens that
 * exist are listed, each for the permission its screen needs: a section is added here in the same
 * change that adds its screen (calls, FAQ, reports come with their features), never as a placeholder.
 */
export const DESK_SECTIONS: readonly {
  id: string
  title: MessageKey
  path: string
  lead: MessageKey
  permission: Permission
}[] = [
  {
    id: 'bookings',
    title: 'home.section.bookings',
    path: '/desk/bookings',
    lead: 'desk.home.bookingsLead',
    permission: 'booking.read',
  },
  {
    id: 'callbacks',
    title: 'desk.callbacks.title',
    path: '/desk/bookings/callbacks',
    lead: 'desk.callbacks.lead',
    permission: 'booking.write',
  },
  {
    id: 'calls',
    title: 'home.section.calls',
    path: '/desk/calls',
    lead: 'calls.home.lead',
    permission: 'calls.log',
  },
  {
    id: 'status',
    title: 'status.title',
    path: '/desk/status',
    lead: 'status.home.lead',
    permission: 'status.lookup',
  },
  {
    id: 'status-import',
    title: 'status.import.title',
    path: '/desk/status/import',
    lead: 'status.import.lead',
    permission: 'status.import',
  },
  {
    id: 'faq',
    title: 'faq.title',
    path: '/desk/faq',
    lead: 'faq.home.lead',
    permission: 'faq.read',
  },
  {
    id: 'faq-usage',
    title: 'faq.usage.title',
    path: '/desk/faq/usage',
    lead: 'faq.usage.lead',
    permission: 'faq.usage',
  },
  {
    id: 'today',
    title: 'calls.today.title',
    path: '/desk/today',
    lead: 'calls.today.lead',
    permission: 'dashboard.read',
  },
  {
    id: 'inbox',
    title: 'calls.inbox.title',
    path: '/desk/inbox',
    lead: 'calls.inbox.lead',
    permission: 'escalation.answer',
  },
  {
    id: 'complaints',
    title: 'calls.complaints.title',
    path: '/desk/complaints',
    lead: 'calls.complaints.lead',
    permission: 'complaint.manage',
  },
  {
    id: 'schedule',
    title: 'schedule.title',
    path: '/desk/schedule',
    lead: 'schedule.lead',
    permission: 'schedule.edit',
  },
  {
    id: 'staff',
    title: 'staff.title',
    path: '/desk/staff',
    lead: 'staff.lead',
    permission: 'staff.manage',
  },
  {
    id: 'reports',
    title: 'reports.title',
    path: '/desk/reports',
    lead: 'reports.lead',
    permission: 'report.read',
  },
]

/** The call-center and office home: a card for each screen the signed-in user may open. */
export function DeskHome() {
  const t = useT()
  const role = useSession((state) => state.session?.user.role)
  const mayReview = useCan('review.read')
  const mayDashboard = useCan('dashboard.read')
  const mayEditCalendar = useCan('calendar.edit')
  const mayExport = useCan('booking.export')
  const office = mayEditCalendar || mayExport
  const sections = DESK_SECTIONS.filter((section) => can(role, section.permission))
  return (
    <section className="screen" data-testid="desk-home" aria-labelledby="desk-title">
      <PageTitle id="desk-title" title={t('home.desk.title')} />
      <p className="lead">{t('home.desk.lead')}</p>
      {mayDashboard && (
        <Suspense fallback={null}>
          <DashboardPanel />
        </Suspense>
      )}
      <div className="cards">
        {sections.map((section) => (
          <Card key={section.id} title={t(section.title)} testId={`desk-${section.id}`}>
            <a
              className="card-link"
              href={section.path}
              onClick={(event) => {
                event.preventDefault()
                navigate(section.path)
              }}
            >
              {t(section.lead)}
            </a>
            {section.id === 'bookings' && office && <CalendarLink label={t('desk.calendar.home')} />}
          </Card>
        ))}
      </div>
      {mayReview && (
        <Suspense fallback={null}>
          <OutreachReview />
        </Suspense>
      )}
    </section>
  )
}

/** The supervisor's way to the counter calendar and the CSV export: one small link. */
function CalendarLink({ label }: { label: string }) {
  return (
    <p>
      <a
        href={PATHS.deskBookingCalendar}
        data-testid="desk-calendar-link"
        onClick={(event) => {
          event.preventDefault()
          navigate(PATHS.deskBookingCalendar)
        }}
      >
        {label}
      </a>
    </p>
  )
}
