import { type KnownLang, LANGS, type Lang, type Text } from './define'

// Apart from the catalogs (index.ts), so a client can render texts of one language without
// bundling every message in every language.

export type Params = Record<string, string | number>

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value)
}

// English needs "1 visitor" but "2 visitors", Japanese never inflects, and other languages have more
// categories (Intl.PluralRules knows them all). A text chooses its form by `count`.
const pluralRules = new Map<string, Intl.PluralRules>()
function pluralRulesOf(lang: KnownLang): Intl.PluralRules {
  let rules = pluralRules.get(lang)
  if (!rules) {
    rules = new Intl.PluralRules(lang)
    pluralRules.set(lang, rules)
  }
  return rules
}

function pluralForm(lang: KnownLang, text: Text, params: Params | undefined): string {
  const count = params?.count
  if (typeof text === 'string') {
    const bar = text.indexOf('|')
    if (bar < 0 || typeof count !== 'number') return text
    return pluralRulesOf(lang).select(count) === 'one' ? text.slice(0, bar) : text.slice(bar + 1)
  }
  if (typeof count !== 'number') return text.other
  return text[pluralRulesOf(lang).select(count)] ?? text.other
}

/** A text in a language with its plural form chosen by `count` and `{name}` filled from the params. */
export function renderText(lang: KnownLang, text: Text, params?: Params): string {
  const form = pluralForm(lang, text, params)
  if (!params) return form
  return form.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}
