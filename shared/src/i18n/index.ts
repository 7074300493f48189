import { type KnownLang, LANGS, type Lang, type Message } from './define'
import { authMessages } from './messages/auth'
import { bookingMessages } from './messages/booking'
import { callsMessages } from './messages/calls'
import { coreMessages } from './messages/core'
import { deskMessages } from './messages/desk'
import { deskCalendarMessages } from './messages/desk-calendar'
import { deskClosureMessages } from './messages/desk-closure'
import { deskWorkMessages } from './messages/desk-work'
import { errorMessages } from './messages/errors'
import { faqMessages } from './messages/faq'
import { faqUsageMessages } from './messages/faq-usage'
import { outreachMessages } from './messages/outreach'
import { outreachCaptureMessages } from './messages/outreach-capture'
import { outreachEndMessages } from './messages/outreach-end'
import { outreachTabletMessages } from './messages/outreach-tablet'
import { reportsMessages } from './messages/reports'
import { reportsFilesMessages } from './messages/reports-files'
import { reportsLiveMessages } from './messages/reports-live'
import { reportsMeetingMessages } from './messages/reports-meeting'
import { scheduleMessages } from './messages/schedule'
import { signInMessages } from './messages/sign-in'
import { staffMessages } from './messages/staff'
import { statusMessages } from './messages/status'
import { syncMessages } from './messages/sync'
import { textMessages } from './messages/text'
import { type Params, renderText } from './render'

export {
  defineMessages,
  KNOWN_LANGS,
  type KnownLang,
  LANGS,
  type Lang,
  type Message,
  type PluralText,
  type Text,
} from './define'
export { isLang, type Params, renderText } from './render'

/** Every message of the app. A feature adds its own `messages/<feature>.ts` and spreads it here. */
export const messages = {
  ...coreMessages,
  ...authMessages,
  ...bookingMessages,
  ...callsMessages,
  ...deskMessages,
  ...deskCalendarMessages,
  ...deskClosureMessages,
  ...deskWorkMessages,
  ...errorMessages,
  ...faqMessages,
  ...faqUsageMessages,
  ...outreachMessages,
  ...outreachCaptureMessages,
  ...signInMessages,
  ...staffMessages,
  ...statusMessages,
  ...outreachTabletMessages,
  ...outreachEndMessages,
  ...reportsMessages,
  ...reportsFilesMessages,
  ...reportsLiveMessages,
  ...reportsMeetingMessages,
  ...scheduleMessages,
  ...syncMessages,
  ...textMessages,
} satisfies Record<string, Message>

export type MessageKey = keyof typeof messages
/**
 * Look up a message. A language the message has not been translated into yet (only possible for one
 * that is not enabled for staff) falls back to Japanese, the source; unknown keys fall back to the key
 * itself so a gap is visible, not blank.
 */
export function translate(lang: KnownLang, key: string, params?: Params): string {
  const message = (messages as Record<string, Message>)[key]
  if (!message) return renderText('ja', key, params)
  const own = message[lang]
  return own === undefined ? renderText('ja', message.ja, params) : renderText(lang, own, params)
}

/** Pick an enabled language from an Accept-Language header: the best-ranked one we have, else Japanese. */
export function langFromAcceptLanguage(header: string | null | undefined): Lang {
  if (!header) return 'ja'
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';')
      const q = rest.find((r) => r.trim().startsWith('q='))
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 }
    })
    .sort((a, b) => b.q - a.q)
  for (const { tag } of ranked) {
    const exact = LANGS.find((lang) => lang.toLowerCase() === tag)
    if (exact) return exact
    const primary = LANGS.find((lang) => tag.split('-')[0] === lang.toLowerCase().split('-')[0])
    if (primary) return primary
  }
  return 'ja'
}
