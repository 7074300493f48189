import { isLang, type Lang, type MessageKey, messages, type Params, translate } from '@madoguchi/shared'
import { useCallback } from 'react'
import { create } from 'zustand'

const STORAGE_KEY = 'madoguchi.lang'

function storedLang(): Lang {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY)
    return isLang(value) ? value : 'ja'
  } catch {
    return 'ja' // storage can be blocked (private mode, policy): Japanese first
  }
}

type LangState = { lang: Lang; setLang: (lang: Lang) => void }

/** The UI language: Japanese unless the user chose English on this device. */
export const useLang = create<LangState>((set) => ({
  lang: storedLang(),
  setLang: (lang) => set({ lang }),
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

export type Translate = (key: MessageKey, params?: Params) => string

/** `t(key, params)` in the current UI language; components re-render when the language changes. */
export function useT(): Translate {
  const lang = useLang((state) => state.lang)
  return useCallback((key, params) => translate(lang, key, params), [lang])
}

/** A catalog key built at run time (e.g. `error.${code}`), or undefined if the catalog lacks it. */
export function knownKey(key: string): MessageKey | undefined {
  return Object.hasOwn(messages, key) ? (key as MessageKey) : undefined
}
