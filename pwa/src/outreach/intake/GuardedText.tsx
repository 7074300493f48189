import { findIndividualNumbers } from '@madoguchi/shared'
import { Fragment, useState } from 'react'
import { useT } from '../../app/i18n'
import { useAutosave } from '../autosave'

type Props = {
  id: string
  label: string
  /**
   * The stored value, read once when the field opens; from then on the field owns what is typed (a
   * live record arriving after our own save must not overwrite newer keystrokes). Re-key to reset.
   */
  initial: string
  save: (text: string) => Promise<unknown>
  maxLength: number
  testId?: string
}

/**
 * Free text guarded against individual numbers. Text is saved as it is typed, except while it
 * contains something shaped like an individual number: that is refused at once (never written to
 * the device), the reason is shown and the digits are highlighted until staff delete them.
 */
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

export function GuardedText({ id, label, initial, save, maxLength, testId }: Props) {
  const t = useT()
  const [text, setText] = useState(initial)
  const { schedule, flush } = useAutosave(save)
  const hits = highlights(text)

  function onChange(value: string) {
    setText(value)
    if (findIndividualNumbers(value).length === 0) schedule(value)
  }

  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="field-input textarea"
        data-testid={testId}
        value={text}
        maxLength={maxLength}
        rows={4}
        aria-invalid={hits.length > 0 || undefined}
        aria-describedby={hits.length > 0 ? `${id}-refused` : undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={flush}
      />
      {hits.length > 0 && (
        <div className="refused" id={`${id}-refused`} role="alert" data-testid="individual-number-refused">
          <p>{t('outreach.individualNumber')}</p>
          <p className="refused-text">
            {hits.map((hit, i) => (
              <Fragment key={hit.start}>
                {text.slice(i === 0 ? 0 : (hits[i - 1]?.end ?? 0), hit.start)}
                <mark>{text.slice(hit.start, hit.end)}</mark>
              </Fragment>
            ))}
            {text.slice(hits.at(-1)?.end ?? 0)}
          </p>
        </div>
      )}
    </div>
  )
}
