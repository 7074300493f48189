import { CATEGORIES, type Lang, timeOfMinutes, toTokyo } from '@madoguchi/shared'

/** '2026-12-02 10:15' in Tokyo time, from a UTC instant. */
export function whenLabel(iso: string | null): string {
  if (!iso) return '—'
  const local = toTokyo(Date.parse(iso))
  return `${local.date} ${timeOfMinutes(local.minutes)}`
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
