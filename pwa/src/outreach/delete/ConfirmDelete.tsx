import { type KeyboardEvent, useEffect, useRef, useState } from 'react'
import { useT } from '../../app/i18n'
import './delete.css'

type Props = {
  /** The button that starts it, e.g. この来場者を削除. */
  label: string
  /** The question, saying what goes and that it cannot be undone. */
  question: string
  testId: string
  /** Resolves once the deletion is saved on the device; rejects when it could not be. */
  onDelete: () => Promise<unknown>
}

/**
 * A deletion that asks first. The question opens in place of the button with やめる focused, so a
 * stray tap or Enter on a busy table deletes nothing; Esc also keeps the record, and focus goes back
 * to the button that opened it.
 */
export function ConfirmDelete({ label, question, testId, onDelete }: Props) {
  const t = useT()
  const [asking, setAsking] = useState(false)
  const [failed, setFailed] = useState(false)
  const [busy, setBusy] = useState(false)
  const keep = useRef<HTMLButtonElement>(null)
  const opener = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(false)

  useEffect(() => {
    if (asking) keep.current?.focus()
    else if (returnFocus.current) opener.current?.focus()
    returnFocus.current = false
  }, [asking])

  const cancel = () => {
    returnFocus.current = true
    setAsking(false)
    setFailed(false)
  }

  async function confirm() {
    if (busy) return
    setBusy(true)
    try {
      await onDelete()
    } catch {
      setFailed(true)
      setBusy(false)
    }
  }

  if (!asking) {
    return (
      <button
        ref={opener}
        type="button"
        className="button button-danger-outline"
        data-testid={testId}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    )
  }
  return (
    <fieldset
      className="confirm-delete"
      data-testid={`${testId}-question`}
      onKeyDown={(event: KeyboardEvent) => {
        if (event.key === 'Escape') cancel()
      }}
    >
      <legend className="confirm-delete-question">{question}</legend>
      {failed && (
        <p className="form-alert" role="alert">
          {t('outreach.delete.failed')}
        </p>
      )}
      <div className="confirm-delete-actions">
        <button
          ref={keep}
          type="button"
          className="button button-large"
          data-testid={`${testId}-cancel`}
          onClick={cancel}
        >
          {t('outreach.delete.cancel')}
        </button>
        <button
          type="button"
          className="button button-large button-danger"
          data-testid={`${testId}-confirm`}
          aria-disabled={busy || undefined}
          onClick={() => void confirm()}
        >
          {t('outreach.delete.confirm')}
        </button>
      </div>
    </fieldset>
  )
}
