import { lazy, Suspense, useEffect } from 'react'
import { SignIn } from '../auth/SignIn'
import { useT } from './i18n'
import { navigate, usePathname } from './navigation'
import { type Decision, type DeskScreen, decide, matchRoute, type Viewer } from './router'
import { StatusBar } from './StatusBar'
import { useSession } from './session'
import { UpdatePrompt } from './UpdatePrompt'

// Each home is its own chunk: the tablet never parses the desk's code, and the other way round.
const loadOutreachHome = () => import('../outreach/OutreachHome')
const OutreachHome = lazy(() => loadOutreachHome().then((m) => ({ default: m.OutreachHome })))
// Above every desk screen: the call, its keys and its help (the call is the desk's unit).
const loadDeskFrame = () => import('../desk/call/DeskFrame')
const DeskFrame = lazy(() => loadDeskFrame().then((m) => ({ default: m.DeskFrame })))
const loadDeskHome = () => import('../desk/DeskHome')
const DeskHome = lazy(() => loadDeskHome().then((m) => ({ default: m.DeskHome })))
const BookingDesk = lazy(() =>
  import('../desk/booking/BookingDesk').then((m) => ({ default: m.BookingDesk })),
)
const DayListScreen = lazy(() =>
  import('../desk/booking/DayListScreen').then((m) => ({ default: m.DayListScreen })),
)
const CallbackScreen = lazy(() =>
  import('../desk/booking/closures/CallbackScreen').then((m) => ({ default: m.CallbackScreen })),
)
const CalendarScreen = lazy(() =>
  import('../desk/booking/calendar/CalendarScreen').then((m) => ({ default: m.CalendarScreen })),
)

const CallsScreen = lazy(() => import('../desk/calls/CallsScreen').then((m) => ({ default: m.CallsScreen })))
const InboxScreen = lazy(() => import('../desk/calls/InboxScreen').then((m) => ({ default: m.InboxScreen })))
const ComplaintsScreen = lazy(() =>
  import('../desk/calls/ComplaintsScreen').then((m) => ({ default: m.ComplaintsScreen })),
)
const StatusScreen = lazy(() =>
  import('../desk/status/StatusScreen').then((m) => ({ default: m.StatusScreen })),
)
const ImportScreen = lazy(() =>
  import('../desk/status/ImportScreen').then((m) => ({ default: m.ImportScreen })),
)
const StaffScreen = lazy(() => import('../desk/staff/StaffScreen').then((m) => ({ default: m.StaffScreen })))
const ScheduleScreen = lazy(() =>
  import('../desk/schedule/ScheduleScreen').then((m) => ({ default: m.ScheduleScreen })),
)
const FaqScreen = lazy(() => import('../desk/faq/FaqScreen').then((m) => ({ default: m.FaqScreen })))
const FaqUsageScreen = lazy(() =>
  import('../desk/faq/FaqUsageScreen').then((m) => ({ default: m.FaqUsageScreen })),
)
const FaqDigestScreen = lazy(() =>
  import('../desk/faq/FaqDigestScreen').then((m) => ({ default: m.FaqDigestScreen })),
)
const TodayScreen = lazy(() => import('../desk/calls/TodayScreen').then((m) => ({ default: m.TodayScreen })))
// The report, its charts and print styles load only here: neither the tablet nor the call desk grows.
const ReportScreen = lazy(() =>
  import('../desk/reports/ReportScreen').then((m) => ({ default: m.ReportScreen })),
)
const MeetingScreen = lazy(() =>
  import('../desk/reports/MeetingScreen').then((m) => ({ default: m.MeetingScreen })),
)

/**
 * Start fetching a home's code at start-up, while the session is still being confirmed: without it
 * the chunks come only after the session answer, and the desk home's only after its frame's (three
 * round trips in a row on a slow line). Called only on a device with a cached sign-in, so a signed-out
 * visit never downloads a screen it will not see. A failure is left to the screen's own load.
 */
export function preloadHome(pathname: string): void {
  const route = matchRoute(pathname)
  const loads =
    route === 'outreach' ? [loadOutreachHome()] : route === 'desk' ? [loadDeskFrame(), loadDeskHome()] : []
  for (const load of loads) load.catch(() => {})
}

/** The shell: status bar, update banner, and the screen the path and the session allow. */
export function App() {
  const t = useT()
  const pathname = usePathname()
  const status = useSession((state) => state.status)
  const role = useSession((state) => state.session?.user.role)
  const offlineSession = useSession((state) => state.offlineSession)

  // The cached sign-in is there before the server confirms it (session.ts): draw its screen at once.
  const viewer: Viewer = role ? { role } : status === 'loading' ? 'loading' : null
  const decision = decide(matchRoute(pathname), viewer)
  const redirectTo = decision.kind === 'redirect' ? decision.to : null

  useEffect(() => {
    if (redirectTo) navigate(redirectTo, { replace: true })
  }, [redirectTo])

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToMain')}
      </a>
      <StatusBar />
      <UpdatePrompt />
      {offlineSession && (
        <p className="notice" role="status" data-testid="offline-session">
          {t('auth.offlineSession')}
        </p>
      )}
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Screen decision={decision} />
        </Suspense>
      </main>
    </>
  )
}

function Screen({ decision }: { decision: Decision }) {
  if (decision.kind !== 'render') return <Loading />
  switch (decision.route) {
    case 'signIn':
      return <SignIn />
    case 'outreach':
      return <OutreachHome />
    default:
      // Every desk screen renders inside the same frame, so the call survives moving between them.
      return <DeskFrame>{deskScreen(decision.route)}</DeskFrame>
  }
}

function deskScreen(route: DeskScreen) {
  switch (route) {
    case 'desk':
      return <DeskHome />
    case 'deskBookings':
      return <BookingDesk />
    case 'deskBookingDay':
      return <DayListScreen />
    case 'deskBookingCalendar':
      return <CalendarScreen />
    case 'deskCallbacks':
      return <CallbackScreen />
    case 'deskCalls':
      return <CallsScreen />
    case 'deskInbox':
      return <InboxScreen />
    case 'deskComplaints':
      return <ComplaintsScreen />
    case 'deskToday':
      return <TodayScreen />
    case 'deskStaff':
      return <StaffScreen />
    case 'deskSchedule':
      return <ScheduleScreen />
    case 'deskReports':
      return <ReportScreen />
    case 'deskReportMeeting':
      return <MeetingScreen />
    case 'deskStatus':
      return <StatusScreen />
    case 'deskStatusImport':
      return <ImportScreen />
    case 'deskFaq':
      return <FaqScreen />
    case 'deskFaqUsage':
      return <FaqUsageScreen />
    case 'deskFaqDigest':
      return <FaqDigestScreen />
  }
}

function Loading() {
  const t = useT()
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  )
}
