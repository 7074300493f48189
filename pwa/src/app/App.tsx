import { Suspense, useEffect } from 'react'
import { SignIn } from '../auth/SignIn'
import { useT } from './i18n'
import { lazyScreen } from './lazy-screen'
import { navigate, usePathname } from './navigation'
import { type Decision, type DeskScreen, decide, matchRoute, type Viewer } from './router'
import { ScreenBoundary } from './ScreenBoundary'
import { StatusBar } from './StatusBar'
import { useSession } from './session'
import { UpdatePrompt } from './UpdatePrompt'

// Each home is its own chunk: the tablet never parses the desk's code, and the other way round.
const loadOutreachHome = () => import('../outreach/OutreachHome')
const OutreachHome = lazyScreen(() => loadOutreachHome().then((m) => m.OutreachHome))
// Above every desk screen: the call, its keys and its help (the call is the desk's unit).
const loadDeskFrame = () => import('../desk/call/DeskFrame')
const DeskFrame = lazyScreen(() => loadDeskFrame().then((m) => m.DeskFrame))
const loadDeskHome = () => import('../desk/DeskHome')
const DeskHome = lazyScreen(() => loadDeskHome().then((m) => m.DeskHome))
const BookingDesk = lazyScreen(() => import('../desk/booking/BookingDesk').then((m) => m.BookingDesk))
const DayListScreen = lazyScreen(() => import('../desk/booking/DayListScreen').then((m) => m.DayListScreen))
const CallbackScreen = lazyScreen(() =>
  import('../desk/booking/closures/CallbackScreen').then((m) => m.CallbackScreen),
)
const CalendarScreen = lazyScreen(() =>
  import('../desk/booking/calendar/CalendarScreen').then((m) => m.CalendarScreen),
)

const CallsScreen = lazyScreen(() => import('../desk/calls/CallsScreen').then((m) => m.CallsScreen))
const InboxScreen = lazyScreen(() => import('../desk/calls/InboxScreen').then((m) => m.InboxScreen))
const ComplaintsScreen = lazyScreen(() =>
  import('../desk/calls/ComplaintsScreen').then((m) => m.ComplaintsScreen),
)
const StatusScreen = lazyScreen(() => import('../desk/status/StatusScreen').then((m) => m.StatusScreen))
const ImportScreen = lazyScreen(() => import('../desk/status/ImportScreen').then((m) => m.ImportScreen))
const StaffScreen = lazyScreen(() => import('../desk/staff/StaffScreen').then((m) => m.StaffScreen))
const ScheduleScreen = lazyScreen(() =>
  import('../desk/schedule/ScheduleScreen').then((m) => m.ScheduleScreen),
)
const FaqScreen = lazyScreen(() => import('../desk/faq/FaqScreen').then((m) => m.FaqScreen))
const FaqUsageScreen = lazyScreen(() => import('../desk/faq/FaqUsageScreen').then((m) => m.FaqUsageScreen))
const FaqDigestScreen = lazyScreen(() => import('../desk/faq/FaqDigestScreen').then((m) => m.FaqDigestScreen))
const TodayScreen = lazyScreen(() => import('../desk/calls/TodayScreen').then((m) => m.TodayScreen))
// The report, its charts and print styles load only here: neither the tablet nor the call desk grows.
const ReportScreen = lazyScreen(() => import('../desk/reports/ReportScreen').then((m) => m.ReportScreen))
const MeetingScreen = lazyScreen(() => import('../desk/reports/MeetingScreen').then((m) => m.MeetingScreen))

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
      <ScreenBoundary>
        <StatusBar />
      </ScreenBoundary>
      <UpdatePrompt />
      {offlineSession && (
        <p className="notice" role="status" data-testid="offline-session">
          {t('auth.offlineSession')}
        </p>
      )}
      <main id="main" tabIndex={-1}>
        <ScreenBoundary resetKey={pathname}>
          <Suspense fallback={<Loading />}>
            <Screen decision={decision} />
          </Suspense>
        </ScreenBoundary>
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
