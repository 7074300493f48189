type Props = {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  type?: 'text' | 'date' | 'time' | 'number'
  errors?: readonly string[]
  /** The label is read by screen readers only (a table column already names the input). */
  hideLabel?: boolean
  size?: 'short' | 'medium' | 'long'
  testId?: string
}

/** A compact labelled input for the office screens, with its problems listed underneath. */
export function Input({
  id,
  label,
  value,
  onChange,
  type = 'text',
  errors = [],
  hideLabel,
  size,
  testId,
}: Props) {
  const errorId = `${id}-error`
  const invalid = errors.length > 0
  return (
    <div className={`cal-input cal-input-${size ?? 'medium'}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'cal-label'}>
        {label}
      </label>
      <input
        id={id}
        type={type === 'number' ? 'text' : type}
        inputMode={type === 'number' ? 'numeric' : undefined}
        className="field-input"
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        data-testid={testId}
        onChange={(event) => onChange(event.target.value)}
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

/** Problems that belong to a whole section (periods overlap, a date twice). */
export function SectionErrors({ errors }: { errors: readonly string[] }) {
  if (errors.length === 0) return null
  return (
    <ul className="field-errors" role="alert">
      {errors.map((error) => (
        <li key={error}>{error}</li>
      ))}
    </ul>
  )
}
