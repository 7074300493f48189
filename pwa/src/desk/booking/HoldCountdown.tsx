import { useEffect } from 'react'
import { useT } from '../../app/i18n'
import { useNow } from '../../ui/useNow'

/** Seconds left on a hold, by the device clock; at zero the hold is gone on the server too. */
export function secondsLeft(expiresAt: string, now: number): number {
  return Math.max(0, Math.ceil((Date.parse(expiresAt) - now) / 1000))
}

/** 仮押さえ 残り 4:32 — ticking, and telling the screen when it has run out. */
export function HoldCountdown({ expiresAt, onExpire }: { expiresAt: string; onExpire: () => void }) {
  const t = useT()
  const left = secondsLeft(expiresAt, useNow(1000))

  useEffect(() => {
    if (left === 0) onExpire()
  }, [left, onExpire])

  const clock = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`
  return (
    <span className={`hold-countdown${left <= 60 ? ' is-low' : ''}`} data-testid="hold-countdown">
      {t('desk.hold.left', { time: clock })}
    </span>
  )
}
