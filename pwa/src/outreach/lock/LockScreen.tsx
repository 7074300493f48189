import { type FormEvent, useEffect, useRef, useState } from 'react'
import { useT } from '../../app/i18n'
import { unlock } from './lock-store'
import { PinInput } from './PinInput'

/**
 * Shown instead of the workspace (not over it): while locked, no visitor, photo or note is rendered
 * at all, so nothing personal can be read, scrolled to or found by a screen reader.
 */
export function LockScreen() {
  const t = useT()
  const [pin, setPin] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => input.current?.focus(), [])

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    const result = await unlock(pin)
    if (!result.ok) {
      setBusy(false)
      setPin('')
      setError(result.waitSeconds > 0 ? t('lock.wait', { seconds: result.waitSeconds }) : t('lock.wrong'))
      input.current?.focus()
    }
  }

  return (
    <form className="form lock-panel" data-testid="lock-screen" onSubmit={onSubmit} noValidate>
      <h2 className="section-title">
        <span aria-hidden="true">🔒 </span>
        {t('lock.title')}
      </h2>
      <p>{t('lock.lead')}</p>
      <PinInput
        ref={input}
        id="pin-unlock"
        label={t('lock.pin')}
        value={pin}
        onChange={setPin}
        error={error}
        autoComplete="off"
      />
      <button type="submit" className="button button-primary button-large" aria-disabled={busy || undefined}>
        {t('lock.unlock')}
      </button>
    </form>
  )
}
