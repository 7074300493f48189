import type { IntakePurpose } from '@madoguchi/shared'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useT } from '../../app/i18n'
import { db } from '../../db/schema'
import { useRejectedIntakes } from '../../sync/rejected'
import { createIntake } from '../create'
import { ClearedVisitors } from '../end/ClearedVisitors'
import { EndSession } from '../end/EndSession'
import { useFormatDate } from '../format'
import { PurposePicker } from '../intake/PurposePicker'
import { useSessionIntakes } from '../intake/summary'
import { openIntake, openSession } from '../place'
import { siteName, templateFor, useReference } from '../reference'
import { useVisitorTally } from './visitors'

/**
 * One session's visitors with the count of people served, those already sent and cleared from the
 * tablet included (they are no longer listed). Each row shows only the running number, the purpose
 * and what is missing: nothing personal, so the list can face the next visitor.
 */
export function SessionView({ sessionId }: { sessionId: string }) {
  const t = useT()
  const reference = useReference()
  const formatDate = useFormatDate()
  const session = useLiveQuery(() => db.outreachSessions.get(sessionId), [sessionId])
  const visitors = useSessionIntakes(sessionId)
  const tally = useVisitorTally(sessionId)
  const refused = useRejectedIntakes()
  const [adding, setAdding] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function add(purpose: IntakePurpose) {
    try {
      const intake = await createIntake(sessionId, purpose, templateFor(reference))
      openIntake(
        intake.id,
        purpose === 'consultation_only' ? 'consultation' : purpose === 'photo_only' ? 'photo' : 'identity',
      )
    } catch {
      setError(t('outreach.save.failed'))
    }
  }

  if (!session) return null
  return (
    <section className="panel" aria-labelledby="session-title" data-testid="session-view">
      <button type="button" className="button" onClick={() => openSession(null)}>
        ← {t('outreach.session.back')}
      </button>
      <h2 className="section-title" id="session-title">
        {formatDate(session.date)} {siteName(reference, session.siteId)}
      </h2>
      {session.staffNames.length > 0 && (
        <p className="muted">{t('outreach.session.staffNames', { names: session.staffNames.join('、') })}</p>
      )}
      {/* Only once counted: a '0' while the tally loads would read as nobody served. */}
      {tally && (
        <p className="count" data-testid="visitor-count" data-count={tally.served}>
          {t('outreach.session.count', { count: tally.served })}
        </p>
      )}
      {error && (
        <p className="form-alert" role="alert">
          {error}
        </p>
      )}
      {session.endedAt && (
        <p className="summary summary-ok" data-testid="session-ended">
          {t('outreach.end.ended', { at: new Date(session.endedAt).toLocaleString('ja-JP') })}
        </p>
      )}
      {/* An ended session takes no new visitor: its summary was counted and sent. */}
      {session.endedAt ? null : adding ? (
        <PurposePicker value={null} onChoose={(purpose) => void add(purpose)} />
      ) : (
        <button
          type="button"
          className="button button-primary button-large"
          data-testid="add-visitor"
          onClick={() => setAdding(true)}
        >
          ＋ {t('outreach.session.addVisitor')}
        </button>
      )}
      {tally?.served === 0 && <p className="muted">{t('outreach.session.noVisitors')}</p>}
      {!!tally?.cleared && (
        <p className="muted" data-testid="visitors-cleared">
          {t('outreach.session.cleared', { count: tally.cleared })}
        </p>
      )}
      <ul className="list" data-testid="visitor-list">
        {visitors?.map(({ intake, result }) => (
          <li key={intake.id}>
            <button
              type="button"
              className="option-button list-button"
              data-testid="visitor-row"
              data-rejected={refused.has(intake.id) || undefined}
              onClick={() => openIntake(intake.id)}
            >
              <span className="list-main">{t('outreach.session.visitor', { no: intake.visitorNo })}</span>
              <span>{t(`purpose.${intake.purpose}`)}</span>
              <span className={result.complete ? 'tag tag-ok' : 'tag tag-missing'}>
                {result.complete
                  ? t('outreach.session.complete')
                  : t('outreach.session.missingCount', { count: result.missing.length })}
              </span>
              {!result.complete && intake.closedIncomplete && (
                <span className="tag">{t('outreach.session.closedTag')}</span>
              )}
              {refused.has(intake.id) && (
                <span className="tag tag-missing" data-testid="visitor-rejected">
                  {t('outreach.session.rejected')}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
      <ClearedVisitors sessionId={sessionId} onTablet={new Set(visitors?.map((v) => v.intake.id) ?? [])} />
      {!session.endedAt && visitors && <EndSession sessionId={sessionId} visitors={visitors} />}
    </section>
  )
}
