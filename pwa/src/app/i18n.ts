import type { Lang, MessageKey } from '@madoguchi/shared'
import { isLang, type Params, renderText } from '@madoguchi/shared/i18n/render'
import { useCallback } from 'react'
import { create } from 'zustand'
import type { Catalog } from './catalogs/catalog'
import ja from './catalogs/ja'

const STORAGE_KEY = 'madoguchi.lang'

/**
 * The catalogs in memory. Japanese comes with the app; any other language is fetched the first time
 * it is shown, so the first load carries one language only. Enabling a language in shared/ makes the
 * type checker ask for its loader here (and its file in ./catalogs).
 */
const catalogs: Partial<Record<Lang, Catalog>> = { ja }
const LOADERS: { [L in Exclude<Lang, 'ja'>]: () => Promise<{ default: Catalog }> } = {
  en: () => import('./catalogs/en'),
}

/** Make sure a language's texts are here before it is shown. */
export async function loadCatalog(lang: Lang): Promise<void> {
  if (lang === 'ja' || catalogs[lang]) return
  catalogs[lang] = (await LOADERS[lang]()).default
}

function storedLang(): Lang {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY)
    return isLang(value) ? value : 'ja'
  } catch {
    return 'ja' // storage can be blocked (private mode, policy): Japanese first
  }
}

type LangState = { lang: Lang; setLang: (lang: Lang) => void }

/**
 * The UI language: Japanese unless the user chose another on this device. A switch takes effect once
 * that language's texts have loaded; if they cannot be (offline before the app was cached), it stays.
 */
export const useLang = create<LangState>((set) => ({
  lang: storedLang(),
  setLang: (lang) => {
    loadCatalog(lang).then(
      () => set({ lang }),
      () => {},
    )
  },
}))

/** Keep localStorage and `<html lang>` in step with the store (screen readers and fonts use it). */
function applyLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang)
  } catch {
    // Not persisted; the choice still holds for this page.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang
}
useLang.subscribe((state, previous) => {
  if (state.lang !== previous.lang) applyLang(state.lang)
})
if (typeof document !== 'undefined') document.documentElement.lang = useLang.getState().lang

/**
 * A message in a language. A language whose texts are not here yet shows Japanese, the source (the
 * app loads the stored language before its first render, so this is only a safety net); an unknown
 * key shows the key itself, so a gap is visible, not blank.
 */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const own = catalogs[lang]?.[key]
  if (own !== undefined) return renderText(lang, own, params)
  const source = ja[key]
  return source === undefined ? renderText('ja', key, params) : renderText('ja', source, params)
}

export type Translate = (key: MessageKey, params?: Params) => string

/** `t(key, params)` in the current UI language; components re-render when the language changes. */
export function useT(): Translate {
  const lang = useLang((state) => state.lang)
  return useCallback((key, params) => translate(lang, key, params), [lang])
}

/** A catalog key built at run time (e.g. `error.${code}`), or undefined if the catalog lacks it. */
export function knownKey(key: string): MessageKey | undefined {
  return Object.hasOwn(ja, key) ? (key as MessageKey) : undefined
}
