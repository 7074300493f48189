import type { FormIdProblem } from '@madoguchi/shared'
import type { Translate } from '../../app/i18n'

/** The same words the checklist uses for the step, so the field and the step list agree. */
export function formIdProblemText(t: Translate, problem: FormIdProblem): string {
  switch (problem.code) {
    case 'empty':
      return t('checklist.missing.formId')
    case 'short':
      return t('checklist.invalid.formIdShort', { count: problem.count })
    case 'long':
      return t('checklist.invalid.formIdLong', { count: problem.count })
    case 'same_digit':
      return t('checklist.invalid.formIdSameDigit')
    case 'not_digits':
      return t('checklist.invalid.formId')
  }
}
