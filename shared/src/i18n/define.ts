export const LANGS = ['ja', 'en'] as const
export type Lang = (typeof LANGS)[number]

/** One message in every language. Both are required, so an English gap is a type error. */
export type Message = Record<Lang, string>

/** A feature's messages: keys are dotted (`booking.slot.full`), values carry every language. */
export function defineMessages<const T extends Record<string, Message>>(messages: T): T {
  return messages
}
