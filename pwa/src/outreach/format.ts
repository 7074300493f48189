import { formatDateEn, formatDateJa, type LocalDate } from '@madoguchi/shared'
import { useLang } from '../app/i18n'

/** A date as the city writes it (2026年12月3日（木）), or in English. */
export function useFormatDate(): (date: LocalDate) => string {
  const lang = useLang((s) => s.lang)
  return lang === 'ja' ? formatDateJa : formatDateEn
}

/** Pick the label in the UI language from reference data ({ ja, en }). */
export function useLabel(): (text: { ja: string; en: string }) => string {
  const lang = useLang((s) => s.lang)
  return (text) => text[lang]
}
