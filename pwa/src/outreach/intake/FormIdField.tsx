import {
  acceptFormIdInput,
  applicationFormIdProblem,
  type IntakeRecord,
  isApplicationFormId,
  normaliseApplicationFormId,
} from '@madoguchi/shared'
import { useState } from 'react'
import { useT } from '../../app/i18n'
import { useAutosave } from '../autosave'
import { patchIntake, writeDraft } from '../patch'
import { formIdProblemText } from './form-id-text'

type Props = { intake: IntakeRecord; draft: string | null }

/**
 * 申請書ID: 23 digits, typed as printed (spaces and hyphens allowed). Anything but digits is refused
 * as it is typed, and named; full-width digits become half-width. The record holds only a
 * well-formed ID (shared/src/intake/form-id.ts); until it is one, what was typed is kept as a
 * device-only draft so no keystroke is lost, and the step stays 不足あり saying what is wrong.
 */
export function FormIdField({ intake, draft }: Props) {
  const t = useT()
  const [text, setText] = useState(draft ?? intake.applicationFormId ?? '')
  const [refused, setRefused] = useState<string | null>(null)
  const { schedule, flush } = useAutosave(async (value: string) => {
    const valid = isApplicationFormId(value)
    const stored = valid ? normaliseApplicationFormId(value) : null
    if (stored !== intake.applicationFormId)
      await patchIntake(intake.id, { applicationFormId: stored }, intake)
    await writeDraft(intake.id, 'applicationFormId', valid || value === '' ? null : value)
  })
  const problem = applicationFormIdProblem(text)
  const error = problem && problem.code !== 'empty' && problem.code !== 'short'

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
        aria-invalid={error || undefined}
        aria-describedby="form-id-hint form-id-state"
        onChange={(event) => {
          const accepted = acceptFormIdInput(event.target.value)
          setRefused(accepted.refused)
          setText(accepted.value)
          schedule(accepted.value)
        }}
        onBlur={flush}
      />
      <p id="form-id-hint" className="muted">
        {t('outreach.intake.formIdHint')}
      </p>
      {refused && (
        <p className="field-errors" role="alert" data-testid="form-id-refused">
          {t('outreach.intake.formIdRefused', { chars: refused })}
        </p>
      )}
      <p
        id="form-id-state"
        className={error ? 'field-errors' : problem ? 'field-hint' : 'field-hint field-hint-ok'}
        data-testid="form-id-hint"
        data-problem={problem?.code ?? 'none'}
        role="status"
      >
        {problem ? formIdProblemText(t, problem) : `✓ ${t('outreach.intake.formIdOk')}`}
      </p>
    </div>
  )
}
