import type { BookingDesk } from './useBookingDesk'

/** What this panel takes from the booking workspace: no more. */
type ConfirmBarDesk = Pick<
  BookingDesk,
  't' | 'setRef' | 'open' | 'setConfirming' | 'focusSoon' | 'confirmCancel'
>

/**
 * "Cancel this booking?" in place, not in a pop-up: Enter on the focused button confirms, Esc goes
 * back to the booking (handled here, so Esc does not also jump to the find box).
 */
export function ConfirmBar({ desk }: { desk: ConfirmBarDesk }) {
  const { t, setRef, open } = desk
  const back = () => {
    desk.setConfirming(false)
    desk.focusSoon('detail')
  }
  return (
    <fieldset
      className="confirm-bar"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.stopPropagation()
        event.preventDefault()
        back()
      }}
    >
      <legend>{t('desk.cancel.question')}</legend>
      <div className="actions">
        <button
          type="button"
          className="button button-danger"
          ref={setRef('confirm')}
          disabled={open.busy}
          onClick={() => void desk.confirmCancel()}
          data-testid="confirm-cancel"
        >
          {t('desk.cancel.confirm')} <kbd>Enter</kbd>
        </button>
        <button type="button" className="button" onClick={back}>
          {t('desk.cancel.back')} <kbd>Esc</kbd>
        </button>
      </div>
    </fieldset>
  )
}
