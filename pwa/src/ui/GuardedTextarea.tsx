import { findIndividualNumbers } from '@madoguchi/shared'
import { Fragment } from 'react'
import { useT } from '../app/i18n'

type Props = {
  id: string
  label: string
  value: string
  onChange: (text: string) => void
  onBlur?: () => void
  maxLength: number
  rows?: number
  testId?: string
}

/** Where to mark the text: the guard's hits, overlapping ones merged ("9" + a number may give two). */
function highlights(text: string): { start: number; end: number }[] {
  const merged: { start: number; end: number }[] = []
  for (const hit of findIndividualNumbers(text)) {
    const last = merged.at(-1)
    if (last && hit.start <= last.end) last.end = Math.max(last.end, hit.end)
    else merged.push({ start: hit.start, end: hit.end })
  }
  return merged
}

/** Whether text may be stored: nothing in it is shaped like an individual number. */
export function freeOfIndividualNumbers(text: string): boolean {
  return findIndividualNumbers(text).length === 0
}

/**
 * Free text guarded like every stored text: while it holds something shaped like an individual
 * number, the reason is shown and the digits are marked until staff delete them. What happens to
 * the text (saved as typed, or kept until a button confirms it) is the caller's: it must not store
 * text while `freeOfIndividualNumbers` is false.
 */
export function GuardedTextarea({ id, label, value, onChange, onBlur, maxLength, rows = 4, testId }: Props) {
  const t = useT()
  const hits = highlights(value)
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
        rows={rows}
        aria-invalid={hits.length > 0 || undefined}
        aria-describedby={hits.length > 0 ? `${id}-refused` : undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
      {hits.length > 0 && (
        <div className="form-alert" id={`${id}-refused`} role="alert" data-testid="individual-number-refused">
          <p>{t('outreach.individualNumber')}</p>
          <p className="refused-text">
            {hits.map((hit, i) => (
              <Fragment key={hit.start}>
                {value.slice(i === 0 ? 0 : (hits[i - 1]?.end ?? 0), hit.start)}
                <mark>{value.slice(hit.start, hit.end)}</mark>
              </Fragment>
            ))}
            {value.slice(hits.at(-1)?.end ?? 0)}
          </p>
        </div>
      )}
    </div>
  )
}
