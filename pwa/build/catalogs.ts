import type { Plugin } from 'vite'
import { LANGS } from '../../shared/src/i18n/define'
import { messages } from '../../shared/src/i18n/index'

const CATALOG_FILE = /[\\/]src[\\/]app[\\/]catalogs[\\/]([\w-]+)\.ts$/

/**
 * Each language's catalog as its own module holding that language's texts only
 * (src/app/catalogs/<lang>.ts): the first load carries Japanese and not every other language beside
 * it, and English is fetched when someone switches to it. The source files build the same catalogs
 * from shared/'s messages at run time, where size does not matter (unit tests, `vite dev`). The
 * texts go in as one JSON string: parsed faster than the same object written as code.
 */
export function catalogs(): Plugin {
  return {
    name: 'madoguchi-catalogs',
    apply: 'build',
    load(id) {
      const lang = id.match(CATALOG_FILE)?.[1]
      if (!lang || !(LANGS as readonly string[]).includes(lang)) return null
      const texts = Object.fromEntries(
        Object.entries(messages).map(([key, message]) => [
          key,
          (message as Record<string, unknown>)[lang] ?? message.ja,
        ]),
      )
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(texts))})\n`
    },
  }
}
