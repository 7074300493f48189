import { can } from '@madoguchi/shared'
import { type ReactNode, Suspense, useEffect, useMemo, useRef, useState } from 'react'
import { lazyScreen } from '../../app/lazy-screen'
import { navigate, usePathname } from '../../app/navigation'
import { PATHS } from '../../app/router'
import { ScreenBoundary } from '../../app/ScreenBoundary'
import { useSession } from '../../app/session'
import { callsApi } from '../calls/api'
import { CallLogPanel } from '../calls/CallLogPanel'
import { useIncoming } from '../calls/incoming'
import { CallBar } from './CallBar'
import { CALL_KEY_TABLE, type CallCommands } from './call-keys'
import { HelpOverlay } from './HelpOverlay'
import { useDeskKeyHandler, useKeyTable } from './key-registry'
import { useCallWorkspace } from './store'
import '../desk.css'
import './call.css'

/** Where Alt+J sends focus: the status screen's 申請書ID box (the screen focuses it when it opens). */
export const STATUS_BOX = '[data-testid="status-box"]'
// The FAQ panel loads with the first call, not with the desk's first paint.
const FaqPanel = lazyScreen(() => import('../faq/FaqPanel').then((m) => m.FaqPanel))

/** Where Alt+L sends focus: the call log's first control, or the call bar while there is no log. */
export const CALL_LOG_FOCUS = '[data-call-focus]'

/**
 * Above every desk screen: the call bar, the one key handler, and the one `?` help of every key on
 * screen. Screens change below it; the call (call/store.ts) stays.
 */
export function DeskFrame({ children }: { children: ReactNode }) {
  useDeskKeyHandler()
  const user = useSession((s) => s.session?.user)
  const mayLog = can(user?.role, 'calls.log')
  const mayReadFaq = can(user?.role, 'faq.read')
  const pathname = usePathname()
  const help = useCallWorkspace((s) => s.help)
  const setHelp = useCallWorkspace((s) => s.setHelp)
  // Where the operator was when the help opened: closing it gives focus back there.
  const before = useRef<Element | null>(null)
  const hasCall = useCallWorkspace((s) => s.call !== null)
  // A call found on the device when the desk opened was left unlogged (the browser closed, the
  // network dropped): the log says so, to be finished or discarded.
  const [restored] = useState(() => useCallWorkspace.getState().call !== null)
  useIncomingCalls(mayLog && !hasCall)

  const commands: CallCommands = useMemo(
    () => ({
      toggleHelp: () => {
        before.current = document.activeElement
        setHelp((shown) => !shown)
      },
      takeCall: () => {
        if (!user || !mayLog || useCallWorkspace.getState().call) return
        const call = useCallWorkspace.getState().startCall({ userId: user.id })
        useIncoming.setState({ found: null, logged: false })
        // On the server at once, so the live view counts it; offline, saving the log makes it later.
        callsApi.start(call.id, call.answeredAt).catch(() => {})
      },
      focusLog: () => {
        const target = document.querySelector<HTMLElement>(CALL_LOG_FOCUS)
        target?.focus()
      },
      lookUpStatus: () => {
        if (!can(user?.role, 'status.lookup')) return
        const box = document.querySelector<HTMLInputElement>(STATUS_BOX)
        if (box) {
          box.focus()
          box.select()
        } else navigate(PATHS.deskStatus)
      },
    }),
    [user, mayLog, setHelp],
  )
  useKeyTable('call', CALL_KEY_TABLE, commands)

  return (
    <>
      {mayLog && <CallBar onTake={commands.takeCall} />}
      {mayLog && hasCall && <CallLogPanel restored={restored} />}
      {/* During a call the FAQ is one key away (Alt+F) on every screen, and the call stays open. */}
      {mayReadFaq && hasCall && (
        <ScreenBoundary>
          <Suspense fallback={null}>
            <FaqPanel />
          </Suspense>
        </ScreenBoundary>
      )}
      {/* Its own boundary: a screen still loading never takes the call bar away. */}
      <ScreenBoundary resetKey={pathname}>
        <Suspense fallback={null}>{children}</Suspense>
      </ScreenBoundary>
      {help && (
        <HelpOverlay
          onClose={() => {
            setHelp(false)
            const back = before.current
            if (back instanceof HTMLElement && back.isConnected) back.focus()
          }}
        />
      )}
    </>
  )
}

/** How often the desk asks whether the telephone service put a call on this operator's phone. */
const INCOMING_POLL_MS = 2000

/**
 * Between calls, ask the server for a call the telephone service says this operator answered; open
 * it on the desk with what the caller's number found. The desk works fully without it.
 */
function useIncomingCalls(active: boolean): void {
  const userId = useSession((s) => s.session?.user.id)
  useEffect(() => {
    if (!active || !userId) return
    let stopped = false
    const look = async () => {
      try {
        const found = await callsApi.incoming()
        if (stopped || !found.call || useCallWorkspace.getState().call) return
        useIncoming.setState({ found, logged: false })
        useCallWorkspace.getState().startCall({
          userId,
          id: found.call.id,
          source: 'cti',
          answeredAt: found.call.answeredAt ?? new Date().toISOString(),
          callerPhone: found.call.callerPhone,
          line: found.call.line,
        })
      } catch {
        // Offline or signed out: look again next time.
      }
    }
    void look()
    const timer = window.setInterval(() => void look(), INCOMING_POLL_MS)
    return () => {
      stopped = true
      window.clearInterval(timer)
    }
  }, [active, userId])
}
