import { CLOSURE_REASONS, type ClosureReason, type LocalDate, tokyoDate } from '@madoguchi/shared'
import { useState } from 'react'
import { errorText } from '../../../app/errors'
import { useLang, useT } from '../../../app/i18n'
import { navigate } from '../../../app/navigation'
import { PATHS } from '../../../app/router'
import { bookingApi } from '../api'
import { dateLabel } from '../format'
import '../closures/closures.css'

type Step =
  | { kind: 'edit' }
  | { kind: 'confirm' }
  | { kind: 'saving' }
  | { kind: 'done'; date: LocalDate; count: number }
  | { kind: 'failed'; text: string }

/**
 * An emergency closure, recorded at once: a day, a reason, a second press to confirm (focus on 戻る,
 * as every irreversible step on the desk). The day's bookings go to the call-back list.
 */
export function ClosureForm({ version, onRecorded }: { version: number | null; onRecorded: () => void }) {
  const t = useT()
  const lang = useLang((s) => s.lang)
  const [date, setDate] = useState<string>(() => tokyoDate(Date.now()))
  const [reason, setReason] = useState<ClosureReason>('snow')
  const [note, setNote] = useState('')
  const [step, setStep] = useState<Step>({ kind: 'edit' })
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date)

  const record = async () => {
    if (version === null || !valid) return
    setStep({ kind: 'saving' })
    try {
      const closure = await bookingApi.recordClosure({
        date,
        reason,
        ...(note.trim() ? { note: note.trim() } : {}),
        expectedVersion: version,
      })
      setStep({ kind: 'done', date: closure.date, count: closure.callbacks.length })
      onRecorded()
    } catch (error) {
      setStep({ kind: 'failed', text: errorText(t, error) })
    }
  }

  return (
    <form
      className="form"
      data-testid="closure-form"
      onSubmit={(event) => {
        event.preventDefault()
        if (valid) setStep({ kind: 'confirm' })
      }}
    >
      <h2>{t('desk.closure.title')}</h2>
      <p className="muted">{t('desk.closure.lead')}</p>
      <div className="cal-closure-fields">
        <label className="field">
          <span className="field-label">{t('desk.closure.date')}</span>
          <input
            className="field-input"
            type="date"
            value={date}
            data-testid="closure-date"
            onChange={(event) => setDate(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('desk.closure.reason')}</span>
          <select
            className="field-input"
            value={reason}
            data-testid="closure-reason"
            onChange={(event) => setReason(event.target.value as ClosureReason)}
          >
            {CLOSURE_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`desk.closure.reason.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('desk.closure.note')}</span>
          <input
            className="field-input"
            value={note}
            maxLength={200}
            data-testid="closure-note"
            onChange={(event) => setNote(event.target.value)}
          />
        </label>
      </div>
      {step.kind === 'confirm' || step.kind === 'saving' ? (
        <div className="form-alert" role="alert">
          <p>{t('desk.closure.confirm', { date: dateLabel(date as LocalDate, lang) })}</p>
          <div className="actions">
            <button
              type="button"
              className="button"
              // biome-ignore lint/a11y/noAutofocus: the safe choice takes focus, so Enter does nothing irreversible
              autoFocus
              onClick={() => setStep({ kind: 'edit' })}
            >
              {t('desk.cancel.back')}
            </button>
            <button
              type="button"
              className="button"
              data-testid="closure-confirm"
              aria-busy={step.kind === 'saving' || undefined}
              onClick={() => void record()}
            >
              {t('desk.closure.submit')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button type="submit" className="button button-primary" data-testid="closure-submit">
            {t('desk.closure.submit')}
          </button>
        </div>
      )}
      {step.kind === 'failed' && (
        <p className="form-alert" role="alert">
          {step.text}
        </p>
      )}
      {step.kind === 'done' && (
        <p className="form-alert form-alert-ok" role="status" data-testid="closure-done">
          {t('desk.closure.done', { date: dateLabel(step.date, lang), count: step.count })}{' '}
          <a
            href={PATHS.deskCallbacks}
            onClick={(event) => {
              event.preventDefault()
              navigate(PATHS.deskCallbacks)
            }}
          >
            {t('desk.callbacks.title')}
          </a>
        </p>
      )}
    </form>
  )
}
