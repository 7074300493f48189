import { type IntakeRecord, isApplicationFormId, normaliseApplicationFormId } from '@madoguchi/shared'
import { useState } from 'react'
import { useT } from '../../app/i18n'
import { useAutosave } from '../autosave'
import { patchIntake, writeDraft } from '../patch'

type Props = { intake: IntakeRecord; draft: string | null }

/**
 * 申請書ID: 23 digits, typed as printed (spaces allowed). The record holds only a well-formed ID;
 * until it is one, what was typed is kept as a device-only draft so no keystroke is lost.
 */
export function FormIdField({ intake, draft }: Props) {
  const t = useT()
  const [text, setText] = useState(draft ?? intake.applicationFormId ?? '')
  const { schedule, flush } = useAutosave(async (value: string) => {
    const normalised = normaliseApplicationFormId(value)
    const valid = isApplicationFormId(value)
    const stored = valid ? normalised : null
    if (stored !== intake.applicationFormId) await patchIntake(intake.id, { applicationFormId: stored })
    await writeDraft(intake.id, 'applicationFormId', valid || value === '' ? null : value)
  })
  const digits = normaliseApplicationFormId(text).replace(/\D/g, '').length
  const invalid = text !== '' && digits >= 23 && !isApplicationFormId(text)

  return (
    <div className="field">
      <label className="field-label" htmlFor="form-id">
        {t('outreach.intake.formId')}
      </label>
      <input
        id="form-id"
        className="field-input form-id"
        data-testid="form-id"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby="form-id-hint"
        onChange={(event) => {
          setText(event.target.value)
          schedule(event.target.value)
        }}
        onBlur={flush}
      />
      <p id="form-id-hint" className={invalid ? 'field-errors' : 'muted'} data-testid="form-id-hint">
        {invalid ? t('checklist.invalid.formId') : t('outreach.intake.formIdHint', { count: digits })}
      </p>
    </div>
  )
}
