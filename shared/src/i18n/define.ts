/**
 * Every language madoguchi can carry. Japanese is the source; the public booking site will need the
 * others (Simplified Chinese, Korean, Vietnamese, Portuguese and やさしい日本語, tagged with the
 * private-use subtag `ja-x-easy`).
 */
export const KNOWN_LANGS = ['ja', 'en', 'zh-Hans', 'ko', 'vi', 'pt', 'ja-x-easy'] as const
export type KnownLang = (typeof KNOWN_LANGS)[number]

/**
 * The languages the staff app is shown in. Each must be complete: a message that lacks one of them is
 * a type error, so enabling a language here makes the type checker list every message to translate.
 */
export const LANGS = ['ja', 'en'] as const satisfies readonly KnownLang[]
export type Lang = (typeof LANGS)[number]

/** Forms of a text by plural category (Intl.PluralRules of the language); `other` is required. */
export type PluralText = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>

/**
 * A text in one language: plain, or plural forms by category. The short form "one|other" in a
 * string stands for `{ one, other }`, as English needs.
 */
export type Text = string | PluralText

/** One message: Japanese (the source) and every enabled language required; the others optional. */
export type Message = Record<Lang, Text> & Partial<Record<KnownLang, Text>>

/** A feature's messages: keys are dotted (`booking.slot.full`), values carry every language. */
export function defineMessages<const T extends Record<string, Message>>(messages: T): T {
  return messages
}
