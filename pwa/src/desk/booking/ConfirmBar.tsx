import { useId, useState } from 'react'
import type { BookingDesk } from './useBookingDesk'

const REASONS = ['schedule', 'illness', 'rebook', 'elsewhere', 'mistake'] as const

/** What this panel takes from the booking workspace: no more. */
type ConfirmBarDesk = Pick<
  BookingDesk,
  't' | 'setRef' | 'open' | 'setConfirming' | 'focusSoon' | 'confirmCancel'
>

/**
 * "Cancel this booking?" in place, not in a pop-up. Focus starts on 戻る, so Alt+C then Enter (a
 * habit from other screens) goes back instead of cancelling; cancelling takes a deliberate move to
 * キャンセルする. The reason is optional: a common one is a click, anything else is typed. Esc goes
 * back to the booking (handled here, so Esc does not also jump to the find box).
 */
export function ConfirmBar({ desk }: { desk: ConfirmBarDesk }) {
  const { t, setRef, open } = desk
  const [reason, setReason] = useState('')
  const id = useId()
  const back = () => {
    desk.setConfirming(false)
    desk.focusSoon('detail')
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset's legend floats and squeezes the buttons at desk widths
    <div
      role="group"
      aria-labelledby={`${id}-q`}
      className="confirm-bar"
      data-testid="confirm-bar"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.stopPropagation()
        event.preventDefault()
        back()
      }}
    >
      <p className="confirm-question" id={`${id}-q`}>
        {t('desk.cancel.question')}
      </p>
      <label className="confirm-reason" htmlFor={`${id}-reason`}>
        {t('desk.cancel.reason')}
      </label>
      <input
        id={`${id}-reason`}
        className="field-input"
        value={reason}
        maxLength={200}
        onChange={(event) => setReason(event.target.value)}
        data-testid="cancel-reason"
      />
      <div className="reason-chips">
        {REASONS.map((r) => {
          const text = t(`desk.cancel.reason.${r}`)
          return (
            <button
              key={r}
              type="button"
              className="option-button option-button-pill option-button-soft"
              aria-pressed={reason === text}
              onClick={() => setReason(text)}
            >
              {text}
            </button>
          )
        })}
      </div>
      <div className="actions">
        <button
          type="button"
          className="button"
          ref={setRef('confirm')}
          onClick={back}
          data-testid="cancel-back"
        >
          {t('desk.cancel.back')} <kbd>Esc</kbd>
        </button>
        <button
          type="button"
          className="button button-danger"
          disabled={open.busy}
          onClick={() => void desk.confirmCancel(reason.trim() || undefined)}
          data-testid="confirm-cancel"
        >
          {t('desk.cancel.confirm')}
        </button>
      </div>
    </div>
  )
}
