import { LANGS, type Lang, type Message } from './define'
import { authMessages } from './messages/auth'
import { bookingMessages } from './messages/booking'
import { coreMessages } from './messages/core'
import { deskMessages } from './messages/desk'
import { deskCalendarMessages } from './messages/desk-calendar'
import { deskWorkMessages } from './messages/desk-work'
import { errorMessages } from './messages/errors'
import { outreachMessages } from './messages/outreach'
import { outreachCaptureMessages } from './messages/outreach-capture'
import { syncMessages } from './messages/sync'

export { defineMessages, LANGS, type Lang, type Message } from './define'

/** Every message of the app. A feature adds its own `messages/<feature>.ts` and spreads it here. */
export const messages = {
  ...coreMessages,
  ...authMessages,
  ...bookingMessages,
  ...deskMessages,
  ...deskCalendarMessages,
  ...deskWorkMessages,
  ...errorMessages,
  ...outreachMessages,
  ...outreachCaptureMessages,
  ...syncMessages,
} satisfies Record<string, Message>

export type MessageKey = keyof typeof messages
export type Params = Record<string, string | number>

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value)
}

// English needs "1 visitor" but "2 visitors"; Japanese never inflects. A message may give its
// singular and plural as "one|other" (chosen by `count`); every other message is used as it is.
const englishPlural = new Intl.PluralRules('en')

function pluralForm(text: string, params: Params | undefined): string {
  const bar = text.indexOf('|')
  if (bar < 0 || typeof params?.count !== 'number') return text
  return englishPlural.select(params.count) === 'one' ? text.slice(0, bar) : text.slice(bar + 1)
}

/** Look up a message; unknown keys fall back to the key itself so a gap is visible, not blank. */
export function translate(lang: Lang, key: string, params?: Params): string {
  const message = (messages as Record<string, Message>)[key]
  const text = pluralForm(message ? message[lang] : key, params)
  if (!params) return text
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

/** Pick ja or en from an Accept-Language header; Japanese unless English is preferred over it. */
export function langFromAcceptLanguage(header: string | null | undefined): Lang {
  if (!header) return 'ja'
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';')
      const q = rest.find((r) => r.trim().startsWith('q='))
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 }
    })
    .sort((a, b) => b.q - a.q)
  for (const { tag } of ranked) {
    if (tag.startsWith('ja')) return 'ja'
    if (tag.startsWith('en')) return 'en'
  }
  return 'ja'
}
