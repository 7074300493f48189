import type { StaffAccount } from '@madoguchi/shared'
import { useT } from '../../app/i18n'

/** An action that needs a second, deliberate press: a reset or a disable. */
export interface Pending {
  account: StaffAccount
  kind: 'reset' | 'disable'
}

/** Focus the element once it is shown (the confirm's 戻る), as the cancel dialog does. */
const focusOnShow = (element: HTMLButtonElement | null) => element?.focus()

/** Asking before a password reset or a disable; going back has the focus. */
export function ConfirmStaffAction({
  pending,
  onBack,
  onConfirm,
}: {
  pending: Pending
  onBack: () => void
  onConfirm: () => void
}) {
  const t = useT()
  return (
    <div className="staff-box" role="alertdialog" aria-labelledby="staff-confirm-text">
      <p id="staff-confirm-text">
        {pending.kind === 'reset'
          ? t('staff.reset.confirm', { loginId: pending.account.loginId })
          : `${t('staff.disable')}: ${pending.account.loginId}`}
      </p>
      <div className="staff-confirm-buttons">
        {/* Focus starts on going back, as in the cancel dialog: Enter never resets by accident. */}
        <button type="button" className="button" onClick={onBack} ref={focusOnShow}>
          {t('desk.cancel.back')}
        </button>
        <button
          type="button"
          className="button button-danger"
          data-testid="staff-confirm"
          onClick={onConfirm}
        >
          {pending.kind === 'reset' ? t('staff.reset') : t('staff.disable')}
        </button>
      </div>
    </div>
  )
}
