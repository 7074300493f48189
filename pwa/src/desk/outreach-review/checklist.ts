import type { Lang, ReviewIntake } from '@madoguchi/shared'
import { translate } from '../../app/i18n'

/**
 * What the checklist rule found missing, in the words the tablet uses (the same catalog keys), with
 * the template item named in the reader's language.
 */
export function missingWords(intake: Pick<ReviewIntake, 'checklist' | 'itemLabels'>, lang: Lang): string[] {
  return intake.checklist.missing.map((m) => {
    const label = m.itemId ? intake.itemLabels[m.itemId] : undefined
    return translate(lang, m.key, { item: label?.[lang] ?? m.itemId ?? '', count: m.count ?? 0 })
  })
}
