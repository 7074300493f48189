import type { IntakeRecord } from '@madoguchi/shared'
import { useState } from 'react'
import { useT } from '../../app/i18n'
import { closeIncomplete } from '../../db/records'
import { tracked } from '../autosave'
import { guardedSave } from '../storage'
import { acceptableText, GuardedField } from './GuardedField'

/**
 * 未完了のまま閉じる on an incomplete visitor's 確認 step: staff say why the visitor cannot be completed
 * here, and from then on the visitor may leave the tablet once sent. Without it an incomplete visitor
 * stays on the tablet (sync/purge-rule.ts). A closed visitor shows the reason; completing them later
 * simply makes them complete.
 */
export function CloseIncomplete({ intake }: { intake: IntakeRecord }) {
  const t = useT()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const [failed, setFailed] = useState(false)

  if (intake.closedIncomplete) {
    return (
      <p className="muted" data-testid="closed-incomplete">
        {t('outreach.close.closed', { reason: intake.closedIncomplete.reason })}
      </p>
    )
  }
  if (!open) {
    return (
      <button type="button" className="button" data-testid="close-incomplete" onClick={() => setOpen(true)}>
        {t('outreach.close.button')}
      </button>
    )
  }
  async function close() {
    try {
      await tracked(() => guardedSave(() => closeIncomplete(intake.id, reason)))
      setOpen(false)
    } catch {
      setFailed(true)
    }
  }
  return (
    <fieldset className="confirm-delete" data-testid="close-incomplete-question">
      <legend className="confirm-delete-question">{t('outreach.close.lead')}</legend>
      <GuardedField
        id={`close-reason-${intake.id}`}
        label={t('outreach.close.reason')}
        value={reason}
        onChange={setReason}
        maxLength={500}
        testId="close-reason"
      />
      {!acceptableText(reason) && <p className="muted">{t('outreach.close.reasonNeeded')}</p>}
      {failed && (
        <p className="form-alert" role="alert">
          {t('outreach.save.failed')}
        </p>
      )}
      <div className="confirm-delete-actions">
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t('outreach.end.cancel')}
        </button>
        <button
          type="button"
          className="button button-primary"
          data-testid="close-incomplete-confirm"
          disabled={!acceptableText(reason)}
          onClick={() => void close()}
        >
          {t('outreach.close.confirm')}
        </button>
      </div>
    </fieldset>
  )
}
