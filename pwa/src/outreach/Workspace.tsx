import { FaqToggle } from './faq/FaqToggle'
import { IntakeView } from './intake/IntakeView'
import { usePlace } from './place'
import { SessionList } from './session/SessionList'
import { SessionView } from './session/SessionView'

/** The work once unlocked: the saved place picks the screen (sessions → visitors → intake steps). */
export function Workspace() {
  const sessionId = usePlace((s) => s.sessionId)
  const intakeId = usePlace((s) => s.intakeId)
  return (
    <>
      <FaqToggle />
      {sessionId && intakeId ? (
        <IntakeView sessionId={sessionId} intakeId={intakeId} />
      ) : sessionId ? (
        <SessionView sessionId={sessionId} />
      ) : (
        <SessionList />
      )}
    </>
  )
}
