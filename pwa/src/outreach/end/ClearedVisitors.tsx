import { CORRECTION_TOPICS, type CorrectionTopic, newId } from '@madoguchi/shared'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useT } from '../../app/i18n'
import { saveCorrection } from '../../db/records'
import { db } from '../../db/schema'
import { tracked } from '../autosave'
import { guardedSave } from '../storage'
import { acceptableText, GuardedField } from './GuardedField'

/**
 * The visitors already sent and cleared from the tablet, by number (their receipts: nothing personal),
 * each marked 送信済 with 訂正を依頼: staff who notice a mistake afterwards file a correction request,
 * synced like any record, which the office applies on the server.
 */
export function ClearedVisitors({
  sessionId,
  onTablet,
}: {
  sessionId: string
  onTablet: ReadonlySet<string>
}) {
  const t = useT()
  const data = useLiveQuery(async () => {
    const receipts = await db.receipts.where('sessionId').equals(sessionId).toArray()
    return {
      cleared: receipts
        .filter((r) => r.entity === 'intake' && !r.deleted && r.visitorNo !== undefined)
        .sort((a, b) => (a.visitorNo ?? 0) - (b.visitorNo ?? 0)),
      // Filed requests, sent or not, by visitor: the count is shown beside the visitor.
      filed: [
        ...receipts.filter((r) => r.entity === 'correction_request').map((r) => r.intakeId),
        ...(await db.corrections.where('sessionId').equals(sessionId).toArray()).map((c) => c.intakeId),
      ],
    }
  }, [sessionId])
  const [filing, setFiling] = useState<string | null>(null)
  if (!data) return null
  const cleared = data.cleared.filter((r) => !onTablet.has(r.recordId))
  if (cleared.length === 0) return null
  return (
    <ul className="list" data-testid="cleared-list">
      {cleared.map((r) => {
        const filed = data.filed.filter((id) => id === r.recordId).length
        return (
          <li key={r.recordId} data-testid="cleared-row" data-visitor-no={r.visitorNo}>
            <div className="option-button list-button">
              <span className="list-main">{t('outreach.session.visitor', { no: r.visitorNo ?? 0 })}</span>
              {r.purpose && <span>{t(`purpose.${r.purpose}`)}</span>}
              <span className="tag tag-ok">
                {r.closedIncomplete ? t('outreach.session.closedTag') : t('outreach.session.sent')}
              </span>
              {filed > 0 && <span className="muted">{t('outreach.correction.filed', { count: filed })}</span>}
              {filing !== r.recordId && (
                <button
                  type="button"
                  className="button"
                  data-testid="request-correction"
                  onClick={() => setFiling(r.recordId)}
                >
                  {t('outreach.correction.button')}
                </button>
              )}
            </div>
            {filing === r.recordId && (
              <CorrectionForm
                sessionId={sessionId}
                intakeId={r.recordId}
                visitorNo={r.visitorNo ?? 0}
                onDone={() => setFiling(null)}
              />
            )}
          </li>
        )
      })}
    </ul>
  )
}

function CorrectionForm(props: {
  sessionId: string
  intakeId: string
  visitorNo: number
  onDone: () => void
}) {
  const t = useT()
  const [topic, setTopic] = useState<CorrectionTopic>('other')
  const [text, setText] = useState('')
  const [failed, setFailed] = useState(false)
  async function send() {
    try {
      const { sessionId, intakeId, visitorNo } = props
      await tracked(() =>
        guardedSave(() =>
          saveCorrection({ id: newId(), sessionId, intakeId, visitorNo, topic, text: text.trim() }),
        ),
      )
      props.onDone()
    } catch {
      setFailed(true)
    }
  }
  const id = `correction-${props.intakeId}`
  return (
    <fieldset className="confirm-delete" data-testid="correction-form">
      <legend className="confirm-delete-question">
        {t('outreach.correction.title', { no: props.visitorNo })}
      </legend>
      <p className="muted">{t('outreach.correction.lead')}</p>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-topic`}>
          {t('outreach.correction.topic')}
        </label>
        <select
          id={`${id}-topic`}
          className="field-input"
          data-testid="correction-topic"
          value={topic}
          onChange={(event) => setTopic(event.target.value as CorrectionTopic)}
        >
          {CORRECTION_TOPICS.map((value) => (
            <option key={value} value={value}>
              {t(`outreach.correction.topic.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <GuardedField
        id={`${id}-text`}
        label={t('outreach.correction.text')}
        value={text}
        onChange={setText}
        maxLength={1000}
        testId="correction-text"
      />
      {!acceptableText(text) && <p className="muted">{t('outreach.correction.textNeeded')}</p>}
      {failed && (
        <p className="form-alert" role="alert">
          {t('outreach.save.failed')}
        </p>
      )}
      <div className="confirm-delete-actions">
        <button type="button" className="button" onClick={props.onDone}>
          {t('outreach.end.cancel')}
        </button>
        <button
          type="button"
          className="button button-primary"
          data-testid="correction-send"
          disabled={!acceptableText(text)}
          onClick={() => void send()}
        >
          {t('outreach.correction.send')}
        </button>
      </div>
    </fieldset>
  )
}
