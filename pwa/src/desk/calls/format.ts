import { CATEGORIES, type Lang } from '@madoguchi/shared'
import { stampText } from '../../ui/dates'

/** '12月2日 10:15' in Tokyo time, from a UTC instant: the desk's one form (ui/dates.ts). */
export function whenLabel(iso: string | null): string {
  return stampText(iso)
}

/** '3:05' from seconds. */
export function talkLabel(seconds: number | null): string {
  if (seconds === null) return '—'
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

export function categoryLabel(code: string | null, lang: Lang): string {
  if (!code) return '—'
  return CATEGORIES.find((c) => c.code === code)?.label[lang] ?? code
}
