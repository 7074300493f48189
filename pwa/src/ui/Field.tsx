import type { ChangeEvent, FocusEvent, HTMLInputAutoCompleteAttribute, Ref } from 'react'

type Props = {
  id: string
  name: string
  label: string
  value: string
  onChange: (value: string) => void
  type?: 'text' | 'password'
  autoComplete?: HTMLInputAutoCompleteAttribute
  /** Problems to show under the field, already in the user's language. */
  errors?: readonly string[]
  /** A quiet line under the field (an example, or how the value was read). */
  hint?: string
  onBlur?: () => void
  onFocus?: (event: FocusEvent<HTMLInputElement>) => void
  inputMode?: 'text' | 'numeric' | 'tel'
  placeholder?: string
  testId?: string
  ref?: Ref<HTMLInputElement>
}

/** A labelled text input with its problems listed underneath and tied to it for screen readers. */
export function Field({
  id,
  label,
  errors = [],
  hint,
  onChange,
  type = 'text',
  ref,
  testId,
  ...input
}: Props) {
  const errorId = `${id}-error`
  const hintId = `${id}-hint`
  const invalid = errors.length > 0
  const describedBy = [invalid ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ')
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        {...input}
        ref={ref}
        id={id}
        type={type}
        className="field-input"
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy || undefined}
        data-testid={testId}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
      />
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {invalid && (
        <ul className="field-errors" id={errorId}>
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
