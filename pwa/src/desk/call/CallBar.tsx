import { formatApplicationFormId, formatRef, type MessageKey } from '@madoguchi/shared'
import { useT } from '../../app/i18n'
import { useNow } from '../../ui/useNow'
import { useIncoming } from '../calls/incoming'
import { type OpenCall, talkSecondsOf, useCallWorkspace } from './store'

/** 03:07 or 1:02:05: talk time as an operator reads it off a phone. */
export function clockOf(seconds: number): string {
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  const mm = String(m).padStart(2, '0')
  const ss = String(s).padStart(2, '0')
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`
}

function Timer({ call }: { call: OpenCall }) {
  const t = useT()
  const now = useNow(1000)
  return (
    <span className="call-timer" role="timer" aria-label={t('calls.bar.timer')} data-testid="call-timer">
      {clockOf(talkSecondsOf(call, now))}
    </span>
  )
}

/** A link's reference as every other desk screen shows it: grouped, one formatter each. */
export function shownRef(kind: string, ref: string | undefined): string {
  if (!ref) return ''
  if (kind === 'booking') return formatRef(ref)
  if (kind === 'status') return formatApplicationFormId(ref)
  return ref
}

/**
 * Above every desk screen: whether a call is open, its timer, and what the call touched so far (the
 * bookings booked, moved or cancelled, FAQ entries used). The call log itself hangs below it.
 */
export function CallBar({ onTake }: { onTake: () => void }) {
  const t = useT()
  const call = useCallWorkspace((s) => s.call)
  const logged = useIncoming((s) => s.logged)
  if (!call) {
    return (
      <section className="call-bar" data-state="idle" data-testid="call-bar" aria-label={t('calls.bar.idle')}>
        <span className="muted" role="status" data-testid="call-idle">
          {t(logged ? 'calls.log.saved' : 'calls.bar.idle')}
        </span>
        <button type="button" className="button" onClick={onTake} data-testid="call-take">
          {t('calls.bar.take')} <kbd>Alt + T</kbd>
        </button>
      </section>
    )
  }
  return (
    <section className="call-bar" data-state="open" data-testid="call-bar" aria-label={t('calls.bar.label')}>
      <strong>{t('calls.bar.label')}</strong>
      <Timer call={call} />
      <span className="muted">{t('calls.bar.links')}:</span>
      {call.links.length === 0 ? (
        <span className="muted">{t('calls.bar.noLinks')}</span>
      ) : (
        <ul className="call-links" data-testid="call-links">
          {call.links.map((l) => (
            <li key={`${l.kind}:${l.id}:${l.action}`} data-kind={l.kind} data-action={l.action}>
              {t(`calls.link.${l.kind}.${l.action}` as MessageKey, { ref: shownRef(l.kind, l.ref) })}
            </li>
          ))}
        </ul>
      )}
      <span className="spacer" />
      <button
        type="button"
        className="button"
        data-testid="call-discard"
        onClick={() => {
          if (window.confirm(t('calls.bar.discardConfirm'))) useCallWorkspace.getState().finishCall()
        }}
      >
        {t('calls.bar.discard')}
      </button>
    </section>
  )
}
