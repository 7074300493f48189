import { timeOfMinutes } from '../calendar/time-of-day'
import { toTokyo } from '../calendar/tokyo'
import type { MessageKey, Params } from '../i18n'

type T = (key: MessageKey, params?: Params) => string

/**
 * The sign-in throttle's answer in words: when the user may try again (a Tokyo clock time, rounded
 * up to the minute) and about how long that is. The server puts it in the 429's message; the PWA
 * builds the same sentence from `details.retryAt` in the user's chosen language.
 */
export function signInRetryText(t: T, retryAt: Date, now: Date): string {
  const ms = Math.max(0, retryAt.getTime() - now.getTime())
  const seconds = Math.max(1, Math.ceil(ms / 1000))
  const wait =
    seconds < 60
      ? t('auth.retry.seconds', { count: seconds })
      : t('auth.retry.minutes', { count: Math.ceil(seconds / 60) })
  const { minutes } = toTokyo(new Date(Math.ceil(retryAt.getTime() / 60_000) * 60_000))
  return t('auth.retry.after', { time: timeOfMinutes(minutes), wait })
}
