import { INTAKE_PURPOSES, type IntakePurpose } from '@madoguchi/shared'
import { useT } from '../../app/i18n'

type Props = { value: IntakePurpose | null; onChoose: (purpose: IntakePurpose) => void }

/** 目的: large buttons, one tap. */
export function PurposePicker({ value, onChoose }: Props) {
  const t = useT()
  return (
    <fieldset className="choice-grid" data-testid="purpose-picker">
      <legend className="field-label">{t('outreach.purpose.choose')}</legend>
      {INTAKE_PURPOSES.map((purpose) => (
        <button
          key={purpose}
          type="button"
          className="option-button option-button-accent choice"
          data-testid={`purpose-${purpose}`}
          aria-pressed={value === purpose}
          onClick={() => onChoose(purpose)}
        >
          {t(`purpose.${purpose}`)}
        </button>
      ))}
    </fieldset>
  )
}
