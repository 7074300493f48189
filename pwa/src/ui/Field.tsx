import type { ChangeEvent, HTMLInputAutoCompleteAttribute, Ref } from 'react'

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
  ref?: Ref<HTMLInputElement>
}

/** A labelled text input with its problems listed underneath and tied to it for screen readers. */
export function Field({ id, label, errors = [], onChange, type = 'text', ref, ...input }: Props) {
  const errorId = `${id}-error`
  const invalid = errors.length > 0
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
        aria-describedby={invalid ? errorId : undefined}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
      />
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
