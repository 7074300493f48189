import { type FormEvent, useEffect, useRef, useState } from 'react'
import { useT } from '../../app/i18n'
import { useSignOut } from '../../app/useSignOut'
import { resetLock, unlock, useLock } from './lock-store'
import { PinInput } from './PinInput'
import './lock.css'

/**
 * Shown instead of the workspace (not over it): while locked, no visitor, photo or note is rendered
 * at all, so nothing personal can be read, scrolled to or found by a screen reader. Staff first say
 * who they are (the names of those with a PIN on this tablet; staff names, never a visitor's), then
 * type their own PIN.
 */
export function LockScreen() {
  const t = useT()
  const staff = useLock((s) => s.staff)
  const last = useLock((s) => s.unlockedBy)
  // The last to unlock is offered first; with several names and no last, staff must choose.
  const [who, setWho] = useState<string | null>(
    last?.id ?? (staff.length === 1 ? (staff[0]?.id ?? null) : null),
  )
  const [pin, setPin] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => input.current?.focus(), [])

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    if (!who) return setError(t('lock.chooseStaff'))
    setBusy(true)
    const result = await unlock(who, pin)
    if (!result.ok) {
      setBusy(false)
      setPin('')
      setError(result.waitSeconds > 0 ? t('lock.wait', { seconds: result.waitSeconds }) : t('lock.wrong'))
      input.current?.focus()
    }
  }

  return (
    <div data-testid="lock-screen">
      <form className="form lock-panel" onSubmit={onSubmit} noValidate>
        <h2 className="section-title">
          <span aria-hidden="true">🔒 </span>
          {t('lock.title')}
        </h2>
        <p>{t('lock.lead')}</p>
        {staff.length > 1 ? (
          <fieldset className="choice-grid lock-staff" data-testid="lock-staff">
            <legend className="field-label">{t('lock.who')}</legend>
            {staff.map((member) => (
              <button
                key={member.id}
                type="button"
                className="option-button option-button-accent choice"
                aria-pressed={who === member.id}
                data-testid="lock-staff-choice"
                onClick={() => {
                  setWho(member.id)
                  setError(null)
                  input.current?.focus()
                }}
              >
                {member.displayName}
              </button>
            ))}
          </fieldset>
        ) : (
          staff[0] && (
            <p className="lock-name" data-testid="lock-staff-name">
              {t('lock.as', { name: staff[0].displayName })}
            </p>
          )
        )}
        <PinInput
          ref={input}
          id="pin-unlock"
          label={t('lock.pin')}
          value={pin}
          onChange={setPin}
          error={error}
          autoComplete="off"
        />
        <button
          type="submit"
          className="button button-primary button-large"
          aria-disabled={busy || undefined}
        >
          {t('lock.unlock')}
        </button>
      </form>
      <EmergencySignOut />
    </div>
  )
}

/**
 * When no one present can unlock: sign out, with exactly the unlocked sign-out's checks (online
 * only; unsent records counted and confirmed). Folded away so it is not mistaken for the way in.
 */
function EmergencySignOut() {
  const t = useT()
  const { signOut, busy, problem } = useSignOut()
  return (
    <details data-testid="lock-emergency">
      <summary>{t('lock.emergency.title')}</summary>
      <p>{t('lock.emergency.lead')}</p>
      {problem && (
        <p className="form-alert" role="alert" data-testid="lock-emergency-problem">
          {problem.text}
        </p>
      )}
      <button
        type="button"
        className="button button-danger-outline button-large"
        data-testid="emergency-sign-out"
        aria-disabled={busy || undefined}
        onClick={() => void signOut(resetLock)}
      >
        {t('lock.emergency.signOut')}
      </button>
    </details>
  )
}
