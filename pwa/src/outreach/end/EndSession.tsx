import type { ChecklistTemplate } from '@madoguchi/shared'
import { useLiveQuery } from 'dexie-react-hooks'
import { type KeyboardEvent, useEffect, useRef, useState } from 'react'
import { useT } from '../../app/i18n'
import { endSession } from '../../db/records'
import { db } from '../../db/schema'
import { tracked } from '../autosave'
import { useLabel } from '../format'
import type { IntakeSummary } from '../intake/summary'
import { templateFor, useReference } from '../reference'
import { guardedSave } from '../storage'
import { acceptableText, GuardedField } from './GuardedField'
import { tabletSummary } from './session-summary'

type Props = { sessionId: string; visitors: IntakeSummary[] }

/**
 * 実施回を終える: the button, then in its place the summary (people served, applications, photos,
 * consultations) and every incomplete visitor with what is missing, each needing a reason to be closed
 * as incomplete. Ending saves the closures and the session's end in one transaction (records.ts).
 * やめる is focused first, as for a deletion: ending cannot be undone.
 */
export function EndSession({ sessionId, visitors }: Props) {
  const t = useT()
  const [asking, setAsking] = useState(false)
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const [failed, setFailed] = useState(false)
  const [busy, setBusy] = useState(false)
  const keep = useRef<HTMLButtonElement>(null)
  const reference = useReference()
  const counts = useLiveQuery(async () => {
    const [photos, notes, receipts] = await Promise.all([
      db.photos.where('sessionId').equals(sessionId).primaryKeys(),
      db.notes.where('sessionId').equals(sessionId).primaryKeys(),
      db.receipts.where('sessionId').equals(sessionId).toArray(),
    ])
    return { photos: photos.map((id) => ({ id })), notes: notes.map((id) => ({ id })), receipts }
  }, [sessionId])

  useEffect(() => {
    if (asking) keep.current?.focus()
  }, [asking])

  if (!asking) {
    return (
      <button
        type="button"
        className="button button-large"
        data-testid="end-session"
        onClick={() => setAsking(true)}
      >
        {t('outreach.end.button')}
      </button>
    )
  }
  if (!counts) return null
  const { summary, clearedIncomplete } = tabletSummary(
    visitors.map(({ intake, result }) => ({
      id: intake.id,
      purpose: intake.purpose,
      complete: result.complete,
    })),
    counts,
    counts.receipts,
  )
  const incomplete = visitors.filter((v) => !v.result.complete)
  const reasonOf = (v: IntakeSummary) => reasons[v.intake.id] ?? v.intake.closedIncomplete?.reason ?? ''
  const ready = incomplete.every((v) => acceptableText(reasonOf(v)))

  async function confirm() {
    if (busy || !ready) return
    setBusy(true)
    try {
      const closes = incomplete
        .filter((v) => reasonOf(v).trim() !== v.intake.closedIncomplete?.reason)
        .map((v) => ({ intakeId: v.intake.id, reason: reasonOf(v) }))
      await tracked(() => guardedSave(() => endSession(sessionId, closes, summary)))
      setAsking(false)
    } catch {
      setFailed(true)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section
      className="summary"
      data-testid="end-session-question"
      aria-labelledby="end-session-title"
      onKeyDown={(event: KeyboardEvent) => {
        if (event.key === 'Escape') setAsking(false)
      }}
    >
      <h3 className="group-title" id="end-session-title">
        {t('outreach.end.title')}
      </h3>
      <p>{t('outreach.end.lead')}</p>
      <ul data-testid="end-summary" data-summary={JSON.stringify(summary)}>
        <li>{t('outreach.end.served', { count: summary.served })}</li>
        <li>{t('outreach.end.applications', { count: summary.applications })}</li>
        <li>{t('outreach.end.photos', { count: summary.photos })}</li>
        <li>{t('outreach.end.consultations', { count: summary.consultations })}</li>
        <li>
          {t('outreach.end.incomplete', { count: summary.incomplete })}
          {clearedIncomplete > 0 && ` ${t('outreach.end.sentLater')}`}
        </li>
      </ul>
      {incomplete.length > 0 && <p>{t('outreach.end.incompleteLead')}</p>}
      {incomplete.map((v) => (
        <div key={v.intake.id} data-testid="end-incomplete">
          <p className="list-main">
            {t('outreach.session.visitor', { no: v.intake.visitorNo })} {t(`purpose.${v.intake.purpose}`)}
          </p>
          <MissingList
            visitor={v}
            template={templateFor(reference, v.intake.templateId, v.intake.templateVersion)}
          />
          <GuardedField
            id={`end-reason-${v.intake.id}`}
            label={t('outreach.end.reasonFor', { no: v.intake.visitorNo })}
            value={reasonOf(v)}
            maxLength={500}
            testId="end-reason"
            onChange={(text) => setReasons((r) => ({ ...r, [v.intake.id]: text }))}
          />
        </div>
      ))}
      {!ready && <p className="muted">{t('outreach.end.reasonNeeded')}</p>}
      {failed && (
        <p className="form-alert" role="alert">
          {t('outreach.save.failed')}
        </p>
      )}
      <div className="confirm-delete-actions">
        <button ref={keep} type="button" className="button" onClick={() => setAsking(false)}>
          {t('outreach.end.cancel')}
        </button>
        <button
          type="button"
          className="button button-primary"
          data-testid="end-session-confirm"
          disabled={!ready || busy}
          onClick={() => void confirm()}
        >
          {t('outreach.end.confirm')}
        </button>
      </div>
    </section>
  )
}

/** What the checklist rule finds missing, in the words the intake's 確認 step uses. */
function MissingList({ visitor, template }: { visitor: IntakeSummary; template: ChecklistTemplate }) {
  const t = useT()
  const label = useLabel()
  const itemLabel = (id?: string) => {
    const item = template.items.find((i) => i.id === id)
    return item ? label(item.label) : ''
  }
  return (
    <ul>
      {visitor.result.missing.map((m) => (
        <li key={`${m.key}-${m.itemId ?? ''}`}>
          {t(m.key, { item: itemLabel(m.itemId), count: m.count ?? 0 })}
        </li>
      ))}
    </ul>
  )
}
