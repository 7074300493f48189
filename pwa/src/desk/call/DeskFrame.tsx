import { can } from '@madoguchi/shared'
import { type ReactNode, Suspense, useMemo, useRef } from 'react'
import { useSession } from '../../app/session'
import { CallBar } from './CallBar'
import { CALL_KEY_TABLE, type CallCommands } from './call-keys'
import { HelpOverlay } from './HelpOverlay'
import { useDeskKeyHandler, useKeyTable } from './key-registry'
import { useCallWorkspace } from './store'
import './call.css'

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
  const help = useCallWorkspace((s) => s.help)
  const setHelp = useCallWorkspace((s) => s.setHelp)
  // Where the operator was when the help opened: closing it gives focus back there.
  const before = useRef<Element | null>(null)

  const commands: CallCommands = useMemo(
    () => ({
      toggleHelp: () => {
        before.current = document.activeElement
        setHelp((shown) => !shown)
      },
      takeCall: () => {
        if (!user || !mayLog) return
        useCallWorkspace.getState().startCall({ userId: user.id })
      },
      focusLog: () => {
        const target = document.querySelector<HTMLElement>(CALL_LOG_FOCUS)
        target?.focus()
      },
    }),
    [user, mayLog, setHelp],
  )
  useKeyTable('call', CALL_KEY_TABLE, commands)

  return (
    <>
      {mayLog && <CallBar onTake={commands.takeCall} />}
      {/* Its own boundary: a screen still loading never takes the call bar away. */}
      <Suspense fallback={null}>{children}</Suspense>
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
