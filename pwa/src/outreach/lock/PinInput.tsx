import type { Ref } from 'react'

type Props = {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  error?: string | null
  ref?: Ref<HTMLInputElement>
  autoComplete: 'new-password' | 'current-password' | 'off'
}

/** A PIN field: digits only, masked, with the number keypad on a tablet. */
export function PinInput({ id, label, value, onChange, error, ref, autoComplete }: Props) {
  const errorId = `${id}-error`
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        ref={ref}
        id={id}
        className="field-input pin-input"
        type="password"
        inputMode="numeric"
        pattern="[0-9]*"
        maxLength={8}
        autoComplete={autoComplete}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onChange(event.target.value.replace(/\D/g, ''))}
      />
      {error && (
        <p className="field-errors" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
