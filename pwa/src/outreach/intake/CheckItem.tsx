import { CHECK_STATES, type ChecklistItem, type CheckState } from '@madoguchi/shared'
import { useT } from '../../app/i18n'
import { useLabel } from '../format'

type Props = { item: ChecklistItem; state: CheckState | undefined; onChange: (state: CheckState) => void }

/** One checklist item: 確認済 / なし / 対象外 as three large toggle buttons. */
export function CheckItem({ item, state, onChange }: Props) {
  const t = useT()
  const label = useLabel()
  const id = `check-${item.id}`
  return (
    <fieldset className="check-item" data-state={state ?? 'unanswered'}>
      <legend className="visually-hidden">{label(item.label)}</legend>
      <span aria-hidden="true">{label(item.label)}</span>
      <span className="segmented">
        {CHECK_STATES.map((option) => (
          <button
            key={option}
            type="button"
            className="option-button segment"
            data-value={option}
            data-testid={`${id}-${option}`}
            aria-pressed={state === option}
            onClick={() => onChange(option)}
          >
            {t(`check.${option}`)}
          </button>
        ))}
      </span>
    </fieldset>
  )
}
