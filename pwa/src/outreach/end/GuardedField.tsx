import { findIndividualNumbers } from '@madoguchi/shared'
import { useT } from '../../app/i18n'

type Props = {
  id: string
  label: string
  value: string
  onChange: (text: string) => void
  maxLength: number
  testId?: string
}

/** Text that may be saved: something typed, and nothing shaped like an individual number. */
export function acceptableText(text: string): boolean {
  return text.trim().length > 0 && findIndividualNumbers(text).length === 0
}

/**
 * Free text kept on screen until staff confirm (a reason, a correction request), guarded like every
 * stored text: while it holds something shaped like an individual number the reason is shown and the
 * confirming button stays disabled, so that text is never written to the device.
 */
export function GuardedField({ id, label, value, onChange, maxLength, testId }: Props) {
  const t = useT()
  const refused = findIndividualNumbers(value).length > 0
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="field-input textarea"
        data-testid={testId}
        value={value}
        maxLength={maxLength}
        rows={3}
        aria-invalid={refused || undefined}
        aria-describedby={refused ? `${id}-refused` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {refused && (
        <p className="refused" id={`${id}-refused`} role="alert" data-testid="individual-number-refused">
          {t('outreach.individualNumber')}
        </p>
      )}
    </div>
  )
}
