import { type FormEvent, useEffect, useRef, useState } from 'react'
import { useT } from '../../app/i18n'
import { setPin } from './lock-store'
import { PinInput } from './PinInput'
import { isTrivialPin, isValidPin } from './pin'
import type { Staff } from './roster'
import './lock.css'

/** A staff member's first sign-in on this tablet: they choose their own PIN for it. */
export function PinSetup({ staff }: { staff: Staff }) {
  const t = useT()
  const [pin, setPinText] = useState('')
  const [confirm, setConfirm] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const first = useRef<HTMLInputElement>(null)
  useEffect(() => first.current?.focus(), [])

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    if (!isValidPin(pin)) return setError(t('lock.setup.format'))
    if (isTrivialPin(pin)) return setError(t('lock.setup.trivial'))
    if (pin !== confirm) return setError(t('lock.setup.mismatch'))
    setBusy(true)
    await setPin(pin, staff)
  }

  return (
    <form className="form lock-panel" data-testid="pin-setup" onSubmit={onSubmit} noValidate>
      <h2 className="section-title">{t('lock.setup.title', { name: staff.displayName })}</h2>
      <p>{t('lock.setup.lead')}</p>
      <PinInput
        ref={first}
        id="pin-new"
        label={t('lock.pin')}
        value={pin}
        onChange={setPinText}
        autoComplete="new-password"
      />
      <PinInput
        id="pin-confirm"
        label={t('lock.setup.confirm')}
        value={confirm}
        onChange={setConfirm}
        error={error}
        autoComplete="new-password"
      />
      <button type="submit" className="button button-primary button-large" aria-disabled={busy || undefined}>
        {t('lock.setup.save')}
      </button>
    </form>
  )
}
