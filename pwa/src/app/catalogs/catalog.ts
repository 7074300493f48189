import { type Lang, type MessageKey, messages, type Text } from '@madoguchi/shared'

/** Every message's text in one language. */
export type Catalog = Record<MessageKey, Text>

/**
 * One language's texts, taken from the full catalogs of shared/. This runs only where the files of
 * this folder are used as written (unit tests, `vite dev`); the build replaces each `<lang>.ts` with
 * that language's texts alone (pwa/build/catalogs.ts), so the app ships no language twice.
 */
export function catalogOf(lang: Lang): Catalog {
  return Object.fromEntries(
    Object.entries(messages).map(([key, message]) => [key, message[lang] ?? message.ja]),
  ) as Catalog
}
