import {
  type ChecklistItem,
  CONSENT_ANSWERS,
  type ConsentAnswer,
  consentOf,
  type IntakeRecord,
} from '@madoguchi/shared'
import { useT } from '../../app/i18n'
import { tracked } from '../autosave'
import { useLabel } from '../format'
import { patchIntake } from '../patch'

/**
 * Save the visitor's answer. A consent an older version kept among the checks leaves `checks`, so
 * there is one answer in one place from now on.
 */
export const saveConsent = (intake: IntakeRecord, itemId: string, answer: ConsentAnswer) =>
  void tracked(() =>
    patchIntake(
      intake.id,
      (current) => {
        const { [itemId]: _legacy, ...checks } = current.checks
        return { checks, consents: { ...current.consents, [itemId]: answer } }
      },
      intake,
    ),
  ).catch(() => undefined)

type Props = { intake: IntakeRecord; item: ChecklistItem }

/** One consent, asked of the visitor: 同意あり / 同意なし as two large buttons. */
export function ConsentQuestion({ intake, item }: Props) {
  const t = useT()
  const label = useLabel()
  const answer = consentOf(intake, item.id)
  const id = `consent-${item.id}`
  return (
    <fieldset data-testid={id} data-answer={answer ?? 'unanswered'}>
      <legend>{label(item.label)}</legend>
      <span className="segmented">
        {CONSENT_ANSWERS.map((option) => (
          <button
            key={option}
            type="button"
            className="option-button segment"
            data-value={option}
            data-testid={`${id}-${option}`}
            aria-pressed={answer === option}
            onClick={() => saveConsent(intake, item.id, option)}
          >
            {t(`consent.${option}`)}
          </button>
        ))}
      </span>
    </fieldset>
  )
}
