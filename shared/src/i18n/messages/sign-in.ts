import { defineMessages } from '../define'

/** The sign-in throttle's words (auth/retry.ts): when the user may try again. */
export const signInMessages = defineMessages({
  'auth.retry.after': {
    ja: 'サインインの失敗が続いたため、しばらくお待ちください。{time} 以降（あと約{wait}）にもう一度お試しください。',
    en: 'Too many failed sign-ins. Please try again after {time} (in about {wait}).',
  },
  'auth.retry.seconds': { ja: '{count}秒', en: '{count} second|{count} seconds' },
  'auth.retry.minutes': { ja: '{count}分', en: '{count} minute|{count} minutes' },
})
